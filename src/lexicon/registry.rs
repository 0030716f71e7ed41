//! Registry of the world's news agencies (wire services).
//!
//! Syndicated copy names the wire it came from in a dateline such as
//! `LONDON (Reuters) -`, in a byline or slug (`By The Associated Press`,
//! `-- dpa`), or in a closing credit (`Source: Kyodo News`). This module is
//! the table the parser looks those credits up in. Each [`RegistryEntry`]
//! gives the short name reported as the article's agency, the other
//! spellings copy uses for the same service, and the country the service is
//! based in.
//!
//! # What counts as an agency
//!
//! Only organisations that gather news and sell or hand it on to other
//! media are listed: global and national news agencies, financial newswires,
//! press-release wires (their items are credited as sources), sports, religious
//! and humanitarian wire services, and the agencies that supply entertainment
//! copy. Newspapers, broadcasters and web sites (BBC, CNN, USA Today,
//! MarketWatch, SPACE.com and the like) are left out, even when they license
//! their copy to others. Agencies that have closed stay in because archived
//! copy still credits them: NZPA, SAPA, dapd, ENI, SportsTicker (`Ticker`), Notimex,
//! Telam.
//!
//! # How names were chosen
//!
//! * One string (name or alias, compared ignoring ASCII case) belongs to one
//!   entry. Where two agencies share an acronym, the acronym goes to the one
//!   English-language wire copy credits far more often; the other gets a
//!   distinct name. Each such case has a `//` comment beside it.
//! * Acronyms that are ordinary English words (`map`, `tap`, `spa`, `aim`,
//!   `app`) or that English copy uses often for something else (`MENA` the
//!   region, `GNA` Libya's Government of National Accord, `PNA` the
//!   Palestinian National Authority, `RSS` the Indian organisation, `AKP`
//!   Turkey's ruling party, `MIA`, `PPI`, `RIA`, `TNA`) are not listed
//!   as names or aliases; those agencies are matched by their full names.
//!   A few short credits are kept although they have other senses, because
//!   copy credits them constantly or the crate already relies on them:
//!   `AP`, `PA`, `AA`, `CP`, `UNI`, `APA`, `CNA`, `NAN`, `MNA`, `Ticker`,
//!   `Bloomberg`.
//! * `country` is the ISO 3166-1 alpha-2 code of the agency's seat (`GB` for
//!   the United Kingdom, `VA` for the Holy See, `PS` for Palestine, `TW` for
//!   Taiwan); `"INT"` is reserved for services without a national seat.
//!
//! # References
//!
//! Compiled from public lists and agency sites, consulted through stored
//! copies; facts were carried over, no text was copied:
//!
//! * Wikipedia, "List of news agencies" and "News agency"
//!   (<https://en.wikipedia.org/wiki/List_of_news_agencies>,
//!   <https://en.wikipedia.org/wiki/News_agency>), plus the articles on
//!   single agencies (e.g. "Jamahiriya News Agency" for LANA/JANA).
//! * European Alliance of News Agencies (EANA), member agencies and press
//!   releases (<https://www.newsalliance.org/>), and Wikipedia,
//!   "European Alliance of News Agencies".
//! * Organization of Asia-Pacific News Agencies (OANA), history page and
//!   General Assembly / Executive Board minutes (<https://www.oananews.org/>).
//! * Federation of Arab News Agencies (FANA), "About us" member list
//!   (<https://www.fananews.com/en/about-us/>), and Wikipedia,
//!   "Federation of Arab News Agencies".
//! * MINDS International, the network of news agencies
//!   (<https://minds-international.com/about/>), and AFP's press release on
//!   the MINDS Global Spotlight listing the participating agencies
//!   (<https://www.afp.com/>).
//! * Atlantic Federation of African Press Agencies (FAAPA)
//!   (<http://www.faapa.info/>) and reports on its assemblies naming member
//!   agencies (APS, AIP, ACI, ABP, ANP, ATOP, INFORPRESS, LINA, NAMPA, NAN).
//! * Alliance of Mediterranean News Agencies (AMAN)
//!   (<http://aman-alliance.org/>).
//! * Agency web sites, e.g. sonna.so (SONNA), tdh.gov.tm (TDH),
//!   lankapuwath.lk (Lankapuvath), bakhtarnews.com.af (Bakhtar),
//!   lana.gov.ly (LANA).
//! * State Media Monitor agency profiles (<https://statemediamonitor.com/>)
//!   and Media Landscapes country pages (<https://medialandscapes.org/>).
//! * The IPTC (International Press Telecommunications Council,
//!   <https://iptc.org/>), the news agencies' standards consortium, as
//!   background on which services count as wire services; its member list
//!   was not used entry by entry.

/// One wire service of the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegistryEntry {
    /// The short name the copy usually credits, reported as the article's agency: `AP`, `Reuters`, `AFP`, `dpa`, `Xinhua`, `CP`.
    pub name: &'static str,
    /// Full names and other spellings that copy writes for it (matching ignores ASCII case): `Associated Press`, `The Associated Press`.
    pub aliases: &'static [&'static str],
    /// ISO 3166-1 alpha-2 country code of its seat, or `"INT"` for none.
    pub country: &'static str,
}

/// The registry, grouped by region (the global agencies first), then the
/// specialist wires (financial, press-release, sports, religious,
/// humanitarian, entertainment). No two entries share a name or alias,
/// compared ignoring ASCII case.
pub static REGISTRY: &[RegistryEntry] = &[
    // Global agencies
    RegistryEntry {
        name: "AP",
        aliases: &["Associated Press", "The Associated Press", "AP News"],
        country: "US",
    },
    RegistryEntry {
        name: "Reuters",
        aliases: &[
            "Reuter",
            "Thomson Reuters",
            "Reuters News",
            "Reuters News Agency",
        ],
        country: "GB",
    },
    RegistryEntry {
        name: "AFP",
        aliases: &[
            "Agence France-Presse",
            "Agence France Presse",
            "France-Presse",
            "France Presse",
        ],
        country: "FR",
    },
    RegistryEntry {
        name: "UPI",
        aliases: &["United Press International", "United Press"],
        country: "US",
    },
    RegistryEntry {
        name: "Xinhua",
        aliases: &[
            "Xinhua News Agency",
            "New China News Agency",
            "NCNA",
            "Hsinhua",
        ],
        country: "CN",
    },
    RegistryEntry {
        name: "EFE",
        aliases: &["Agencia EFE", "EFE News", "EFE News Service"],
        country: "ES",
    },
    RegistryEntry {
        name: "TASS",
        aliases: &[
            "ITAR-TASS",
            "TASS Russian News Agency",
            "Information Telegraph Agency of Russia",
            "Telegraph Agency of the Soviet Union",
        ],
        country: "RU",
    },
    RegistryEntry {
        name: "IPS",
        aliases: &[
            "Inter Press Service",
            "IPS News Agency",
            "Inter Press Service News Agency",
        ],
        country: "IT",
    },
    // Europe
    RegistryEntry {
        name: "dpa",
        aliases: &[
            "Deutsche Presse-Agentur",
            "Deutsche Presse Agentur",
            "German Press Agency",
        ],
        country: "DE",
    },
    // `PA` also abbreviates Pennsylvania and the Palestinian Authority; kept
    // because it is the Press Association's standard credit in UK copy.
    RegistryEntry {
        name: "PA",
        aliases: &[
            "Press Association",
            "The Press Association",
            "PA Media",
            "PA News",
            "PA Sport",
        ],
        country: "GB",
    },
    RegistryEntry {
        name: "ANSA",
        aliases: &["Agenzia Nazionale Stampa Associata", "ANSAmed"],
        country: "IT",
    },
    RegistryEntry {
        name: "AGI",
        aliases: &["Agenzia Giornalistica Italia", "Agenzia Italia"],
        country: "IT",
    },
    RegistryEntry {
        name: "Adnkronos",
        aliases: &["Adn Kronos"],
        country: "IT",
    },
    RegistryEntry {
        name: "Askanews",
        aliases: &["TMNews", "TM News", "Apcom"],
        country: "IT",
    },
    RegistryEntry {
        name: "LaPresse",
        aliases: &[],
        country: "IT",
    },
    RegistryEntry {
        name: "Agenzia Nova",
        aliases: &[],
        country: "IT",
    },
    RegistryEntry {
        name: "Italpress",
        aliases: &[],
        country: "IT",
    },
    RegistryEntry {
        name: "Europa Press",
        aliases: &[],
        country: "ES",
    },
    RegistryEntry {
        name: "Servimedia",
        aliases: &[],
        country: "ES",
    },
    RegistryEntry {
        name: "Colpisa",
        aliases: &[],
        country: "ES",
    },
    // `ACN` goes to Cuba's national agency (see Americas); the Catalan
    // agency is matched by its full names.
    RegistryEntry {
        name: "Catalan News Agency",
        aliases: &[
            "Agència Catalana de Notícies",
            "Agencia Catalana de Noticias",
            "Catalan News",
        ],
        country: "ES",
    },
    RegistryEntry {
        name: "Lusa",
        aliases: &["Agência Lusa", "Agencia Lusa", "Lusa News Agency"],
        country: "PT",
    },
    // `ANP` goes to the Dutch agency (EANA/MINDS member, credited in
    // European copy); Niger's agency is listed under its full name in Africa.
    RegistryEntry {
        name: "ANP",
        aliases: &["Algemeen Nederlands Persbureau"],
        country: "NL",
    },
    RegistryEntry {
        name: "Belga",
        aliases: &["Agence Belga", "Belga News Agency"],
        country: "BE",
    },
    RegistryEntry {
        name: "Agence Europe",
        aliases: &[],
        country: "BE",
    },
    // `APA` goes to Austria Presse Agentur (EANA and MINDS member). The
    // Azerbaijani APA is "APA Information Agency" (Asia) and the pan-African
    // APA is "APA News" (Africa). `APA` also abbreviates the American
    // Psychological/Psychiatric Associations in US copy.
    RegistryEntry {
        name: "APA",
        aliases: &[
            "Austria Presse Agentur",
            "Austria Press Agency",
            "Austrian Press Agency",
        ],
        country: "AT",
    },
    RegistryEntry {
        name: "Kathpress",
        aliases: &["Katholische Presseagentur"],
        country: "AT",
    },
    RegistryEntry {
        name: "Keystone-SDA",
        aliases: &[
            "SDA",
            "Keystone-ATS",
            "Schweizerische Depeschenagentur",
            "Agence Télégraphique Suisse",
            "Agence Telegraphique Suisse",
            "Swiss Telegraphic Agency",
        ],
        country: "CH",
    },
    RegistryEntry {
        name: "dapd",
        aliases: &[
            "ddp",
            "Deutscher Depeschendienst",
            "dapd nachrichtenagentur",
        ],
        country: "DE",
    },
    RegistryEntry {
        name: "epd",
        aliases: &["Evangelischer Pressedienst"],
        country: "DE",
    },
    // `KNA` goes to the Kenya News Agency, which English-language copy
    // credits as such; Germany's Catholic agency keeps its German name.
    RegistryEntry {
        name: "Katholische Nachrichten-Agentur",
        aliases: &["Katholische Nachrichten Agentur"],
        country: "DE",
    },
    RegistryEntry {
        name: "TT",
        aliases: &[
            "TT Nyhetsbyrån",
            "TT Nyhetsbyran",
            "Tidningarnas Telegrambyrå",
            "Tidningarnas Telegrambyra",
            "TT News Agency",
        ],
        country: "SE",
    },
    RegistryEntry {
        name: "NTB",
        aliases: &[
            "Norsk Telegrambyrå",
            "Norsk Telegrambyra",
            "Norwegian News Agency",
        ],
        country: "NO",
    },
    RegistryEntry {
        name: "Ritzau",
        aliases: &["Ritzaus Bureau", "Ritzau News Agency"],
        country: "DK",
    },
    RegistryEntry {
        name: "STT",
        aliases: &["Suomen Tietotoimisto", "STT-Info", "Finnish News Agency"],
        country: "FI",
    },
    RegistryEntry {
        name: "BNS",
        aliases: &["Baltic News Service"],
        country: "EE",
    },
    RegistryEntry {
        name: "LETA",
        aliases: &[],
        country: "LV",
    },
    RegistryEntry {
        name: "ELTA",
        aliases: &["Lithuanian News Agency"],
        country: "LT",
    },
    RegistryEntry {
        name: "PAP",
        aliases: &["Polish Press Agency", "Polska Agencja Prasowa"],
        country: "PL",
    },
    RegistryEntry {
        name: "CTK",
        aliases: &[
            "ČTK",
            "Czech News Agency",
            "Česká tisková kancelář",
            "Ceska tiskova kancelar",
        ],
        country: "CZ",
    },
    RegistryEntry {
        name: "TASR",
        aliases: &[
            "News Agency of the Slovak Republic",
            "Tlačová agentúra Slovenskej republiky",
            "Tlacova agentura Slovenskej republiky",
        ],
        country: "SK",
    },
    RegistryEntry {
        name: "SITA",
        aliases: &["SITA Slovak News Agency"],
        country: "SK",
    },
    RegistryEntry {
        name: "MTI",
        aliases: &[
            "Hungarian News Agency",
            "Magyar Távirati Iroda",
            "Magyar Tavirati Iroda",
        ],
        country: "HU",
    },
    RegistryEntry {
        name: "Agerpres",
        aliases: &["Rompres", "Romanian National News Agency"],
        country: "RO",
    },
    RegistryEntry {
        name: "Mediafax",
        aliases: &[],
        country: "RO",
    },
    RegistryEntry {
        name: "Moldpres",
        aliases: &["Moldpres State News Agency"],
        country: "MD",
    },
    RegistryEntry {
        name: "Infotag",
        aliases: &[],
        country: "MD",
    },
    RegistryEntry {
        name: "BTA",
        aliases: &["Bulgarian News Agency", "Bulgarian Telegraph Agency"],
        country: "BG",
    },
    RegistryEntry {
        name: "BGNES",
        aliases: &[],
        country: "BG",
    },
    RegistryEntry {
        name: "Focus News Agency",
        aliases: &["Focus Information Agency"],
        country: "BG",
    },
    RegistryEntry {
        name: "Tanjug",
        aliases: &["Tanjug News Agency"],
        country: "RS",
    },
    // Credited as "Beta", an ordinary English word, so only the full name.
    RegistryEntry {
        name: "Beta News Agency",
        aliases: &[],
        country: "RS",
    },
    RegistryEntry {
        name: "FoNet",
        aliases: &[],
        country: "RS",
    },
    RegistryEntry {
        name: "HINA",
        aliases: &[
            "Croatian News Agency",
            "Hrvatska izvještajna novinska agencija",
            "Hrvatska izvjestajna novinska agencija",
        ],
        country: "HR",
    },
    RegistryEntry {
        name: "STA",
        aliases: &["Slovenian Press Agency", "Slovenska tiskovna agencija"],
        country: "SI",
    },
    RegistryEntry {
        name: "FENA",
        aliases: &["Federalna novinska agencija"],
        country: "BA",
    },
    RegistryEntry {
        name: "SRNA",
        aliases: &["Srpska novinska agencija"],
        country: "BA",
    },
    RegistryEntry {
        name: "MINA",
        aliases: &["Montenegro News Agency"],
        country: "ME",
    },
    // `MIA` (missing in action) is too common in copy to be a credit.
    RegistryEntry {
        name: "Macedonian Information Agency",
        aliases: &[],
        country: "MK",
    },
    RegistryEntry {
        name: "ATA",
        aliases: &["Albanian Telegraphic Agency"],
        country: "AL",
    },
    // `ANA` goes to the African News Agency (South Africa), which copy
    // credits as "ANA" today; the Greek agency is credited as ANA-MPA or AMNA.
    RegistryEntry {
        name: "ANA-MPA",
        aliases: &[
            "AMNA",
            "Athens-Macedonian News Agency",
            "Athens News Agency",
            "Macedonian Press Agency",
        ],
        country: "GR",
    },
    // `CNA` goes to Taiwan's Central News Agency (Asia); the Cyprus agency is
    // credited by its full name or its Greek acronym.
    RegistryEntry {
        name: "Cyprus News Agency",
        aliases: &["KYPE"],
        country: "CY",
    },
    // `AA` (also Alcoholics Anonymous, battery size) is Anadolu's own credit.
    RegistryEntry {
        name: "Anadolu",
        aliases: &["Anadolu Agency", "AA", "Anadolu Ajansi", "Anadolu Ajansı"],
        country: "TR",
    },
    RegistryEntry {
        name: "DHA",
        aliases: &[
            "Demirören News Agency",
            "Demiroren News Agency",
            "Dogan News Agency",
            "Doğan News Agency",
        ],
        country: "TR",
    },
    RegistryEntry {
        name: "IHA",
        aliases: &["Ihlas News Agency", "İhlas News Agency"],
        country: "TR",
    },
    RegistryEntry {
        name: "ANKA",
        aliases: &["ANKA News Agency"],
        country: "TR",
    },
    RegistryEntry {
        name: "Cihan",
        aliases: &["Cihan News Agency"],
        country: "TR",
    },
    // `RIA` (registered investment adviser) is left out as a bare alias.
    RegistryEntry {
        name: "RIA Novosti",
        aliases: &["RIA-Novosti"],
        country: "RU",
    },
    RegistryEntry {
        name: "Interfax",
        aliases: &["Interfax News Agency"],
        country: "RU",
    },
    // Bare "Sputnik" would also match satellites and the Sputnik V vaccine.
    RegistryEntry {
        name: "Sputnik News",
        aliases: &["Sputnik News Agency"],
        country: "RU",
    },
    RegistryEntry {
        name: "Regnum",
        aliases: &["Regnum News Agency", "IA Regnum"],
        country: "RU",
    },
    RegistryEntry {
        name: "Ukrinform",
        aliases: &["Ukrainian National News Agency"],
        country: "UA",
    },
    RegistryEntry {
        name: "UNIAN",
        aliases: &["Ukrainian Independent Information Agency"],
        country: "UA",
    },
    RegistryEntry {
        name: "Interfax-Ukraine",
        aliases: &[],
        country: "UA",
    },
    RegistryEntry {
        name: "BelTA",
        aliases: &["Belarusian Telegraph Agency"],
        country: "BY",
    },
    // Asia: East and South-East
    RegistryEntry {
        name: "China News Service",
        aliases: &["Zhongguo Xinwenshe", "Zhongxinshe"],
        country: "CN",
    },
    RegistryEntry {
        name: "Kyodo",
        aliases: &["Kyodo News", "Kyodo News Agency", "Kyodo News Service"],
        country: "JP",
    },
    RegistryEntry {
        name: "Jiji",
        aliases: &["Jiji Press"],
        country: "JP",
    },
    RegistryEntry {
        name: "Yonhap",
        aliases: &["Yonhap News Agency", "Yonhap News"],
        country: "KR",
    },
    RegistryEntry {
        name: "Newsis",
        aliases: &[],
        country: "KR",
    },
    RegistryEntry {
        name: "News1",
        aliases: &["News1 Korea"],
        country: "KR",
    },
    RegistryEntry {
        name: "KCNA",
        aliases: &["Korean Central News Agency"],
        country: "KP",
    },
    // `CNA` is given to Taiwan's agency, credited as CNA in English copy.
    // Note that Singapore's broadcaster Channel NewsAsia also brands itself
    // "CNA"; it is not an agency and is not listed.
    RegistryEntry {
        name: "CNA",
        aliases: &["Central News Agency"],
        country: "TW",
    },
    RegistryEntry {
        name: "Montsame",
        aliases: &["Montsame News Agency"],
        country: "MN",
    },
    RegistryEntry {
        name: "VNA",
        aliases: &["Vietnam News Agency", "Viet Nam News Agency", "TTXVN"],
        country: "VN",
    },
    RegistryEntry {
        name: "KPL",
        aliases: &["Lao News Agency", "Khaosan Pathet Lao"],
        country: "LA",
    },
    // `AKP` is Turkey's ruling party in most copy.
    RegistryEntry {
        name: "Agence Kampuchea Presse",
        aliases: &[],
        country: "KH",
    },
    // `TNA` also names Sri Lanka's Tamil National Alliance.
    RegistryEntry {
        name: "Thai News Agency",
        aliases: &[],
        country: "TH",
    },
    RegistryEntry {
        name: "Myanmar News Agency",
        aliases: &[],
        country: "MM",
    },
    RegistryEntry {
        name: "Bernama",
        aliases: &[
            "Malaysian National News Agency",
            "Pertubuhan Berita Nasional Malaysia",
        ],
        country: "MY",
    },
    RegistryEntry {
        name: "Antara",
        aliases: &["Antara News Agency", "Antara News"],
        country: "ID",
    },
    // `PNA` also stands for the Palestinian National Authority.
    RegistryEntry {
        name: "Philippine News Agency",
        aliases: &[],
        country: "PH",
    },
    RegistryEntry {
        name: "Tatoli",
        aliases: &[
            "Agência Noticiosa de Timor-Leste",
            "Agencia Noticiosa de Timor-Leste",
        ],
        country: "TL",
    },
    // Asia: South
    RegistryEntry {
        name: "PTI",
        aliases: &["Press Trust of India"],
        country: "IN",
    },
    RegistryEntry {
        name: "UNI",
        aliases: &["United News of India", "UNI Varta", "Univarta"],
        country: "IN",
    },
    RegistryEntry {
        name: "IANS",
        aliases: &["Indo-Asian News Service", "Indo Asian News Service"],
        country: "IN",
    },
    RegistryEntry {
        name: "ANI",
        aliases: &["Asian News International"],
        country: "IN",
    },
    RegistryEntry {
        name: "Hindusthan Samachar",
        aliases: &[],
        country: "IN",
    },
    // `APP` is an ordinary word ("app").
    RegistryEntry {
        name: "Associated Press of Pakistan",
        aliases: &[],
        country: "PK",
    },
    // `PPI` is the producer price index in financial copy.
    RegistryEntry {
        name: "Pakistan Press International",
        aliases: &[],
        country: "PK",
    },
    RegistryEntry {
        name: "BSS",
        aliases: &["Bangladesh Sangbad Sangstha"],
        country: "BD",
    },
    RegistryEntry {
        name: "UNB",
        aliases: &["United News of Bangladesh"],
        country: "BD",
    },
    // `RSS` is the Rashtriya Swayamsevak Sangh in Indian copy (and feeds).
    RegistryEntry {
        name: "Rastriya Samachar Samiti",
        aliases: &["Rashtriya Samachar Samiti"],
        country: "NP",
    },
    RegistryEntry {
        name: "Lankapuvath",
        aliases: &["Lankapuwath"],
        country: "LK",
    },
    // Bakhtar also signs "BNA", which goes to the Bahrain News Agency.
    RegistryEntry {
        name: "Bakhtar",
        aliases: &["Bakhtar News Agency"],
        country: "AF",
    },
    RegistryEntry {
        name: "Pajhwok",
        aliases: &["Pajhwok Afghan News"],
        country: "AF",
    },
    // Asia: Central Asia and the Caucasus
    RegistryEntry {
        name: "Kazinform",
        aliases: &["Qazinform", "Kazinform International News Agency"],
        country: "KZ",
    },
    RegistryEntry {
        name: "KazTAG",
        aliases: &[],
        country: "KZ",
    },
    RegistryEntry {
        name: "UzA",
        aliases: &[
            "National News Agency of Uzbekistan",
            "Uzbekistan National News Agency",
        ],
        country: "UZ",
    },
    RegistryEntry {
        name: "Kabar",
        aliases: &["Kabar News Agency"],
        country: "KG",
    },
    RegistryEntry {
        name: "AKIpress",
        aliases: &["AKI Press"],
        country: "KG",
    },
    RegistryEntry {
        name: "Khovar",
        aliases: &["National Information Agency of Tajikistan"],
        country: "TJ",
    },
    RegistryEntry {
        name: "Asia-Plus",
        aliases: &[],
        country: "TJ",
    },
    RegistryEntry {
        name: "TDH",
        aliases: &[
            "Turkmen State News Service",
            "State News Agency of Turkmenistan",
        ],
        country: "TM",
    },
    RegistryEntry {
        name: "AzerTac",
        aliases: &["Azertag", "AzerTAj", "Azerbaijan State News Agency"],
        country: "AZ",
    },
    // "Trend" is an ordinary word; only the full name is listed.
    RegistryEntry {
        name: "Trend News Agency",
        aliases: &[],
        country: "AZ",
    },
    // `APA` belongs to Austria Presse Agentur (see Europe).
    RegistryEntry {
        name: "APA Information Agency",
        aliases: &[],
        country: "AZ",
    },
    RegistryEntry {
        name: "Turan",
        aliases: &["Turan Information Agency"],
        country: "AZ",
    },
    RegistryEntry {
        name: "Armenpress",
        aliases: &["Armenpress News Agency"],
        country: "AM",
    },
    RegistryEntry {
        name: "ARKA",
        aliases: &["ARKA News Agency"],
        country: "AM",
    },
    // Not "IPN", which Moldova's Info-Prim Neo also uses.
    RegistryEntry {
        name: "Interpressnews",
        aliases: &[],
        country: "GE",
    },
    // Asia: Middle East (the Arab agencies are FANA members)
    RegistryEntry {
        name: "IRNA",
        aliases: &["Islamic Republic News Agency"],
        country: "IR",
    },
    RegistryEntry {
        name: "ISNA",
        aliases: &[
            "Iranian Students' News Agency",
            "Iranian Students News Agency",
        ],
        country: "IR",
    },
    RegistryEntry {
        name: "Fars",
        aliases: &["Fars News Agency"],
        country: "IR",
    },
    RegistryEntry {
        name: "Tasnim",
        aliases: &["Tasnim News Agency"],
        country: "IR",
    },
    // Mehr's own credit is `(MNA)`; the Pakistani "Member of the National
    // Assembly" reaches the parser only inside sentences, where agencies are
    // not looked up.
    RegistryEntry {
        name: "MNA",
        aliases: &["Mehr", "Mehr News Agency", "Mehr News"],
        country: "IR",
    },
    RegistryEntry {
        name: "ILNA",
        aliases: &["Iranian Labour News Agency", "Iranian Labor News Agency"],
        country: "IR",
    },
    RegistryEntry {
        name: "Mizan",
        aliases: &["Mizan News Agency"],
        country: "IR",
    },
    RegistryEntry {
        name: "INA",
        aliases: &["Iraqi News Agency"],
        country: "IQ",
    },
    RegistryEntry {
        name: "SANA",
        aliases: &["Syrian Arab News Agency"],
        country: "SY",
    },
    RegistryEntry {
        name: "NNA",
        aliases: &[],
        country: "LB",
    },
    RegistryEntry {
        name: "Petra",
        aliases: &["Jordan News Agency"],
        country: "JO",
    },
    RegistryEntry {
        name: "WAFA",
        aliases: &[
            "Palestinian News and Information Agency",
            "Palestine News and Information Agency",
        ],
        country: "PS",
    },
    RegistryEntry {
        name: "Ma'an",
        aliases: &["Ma'an News Agency", "Maan News Agency"],
        country: "PS",
    },
    RegistryEntry {
        name: "Tazpit Press Service",
        aliases: &[],
        country: "IL",
    },
    // `SPA` is an ordinary word ("spa"); the full name is the credit.
    RegistryEntry {
        name: "Saudi Press Agency",
        aliases: &[],
        country: "SA",
    },
    RegistryEntry {
        name: "WAM",
        aliases: &["Emirates News Agency"],
        country: "AE",
    },
    RegistryEntry {
        name: "QNA",
        aliases: &["Qatar News Agency"],
        country: "QA",
    },
    RegistryEntry {
        name: "KUNA",
        aliases: &["Kuwait News Agency"],
        country: "KW",
    },
    // `BNA` goes to Bahrain (FANA and OANA member); see Bakhtar above.
    RegistryEntry {
        name: "BNA",
        aliases: &["Bahrain News Agency"],
        country: "BH",
    },
    RegistryEntry {
        name: "ONA",
        aliases: &["Oman News Agency"],
        country: "OM",
    },
    RegistryEntry {
        name: "Saba",
        aliases: &["Saba News Agency", "Yemen News Agency"],
        country: "YE",
    },
    // Africa
    // `MENA` is the Middle East and North Africa region in most copy.
    RegistryEntry {
        name: "Middle East News Agency",
        aliases: &[],
        country: "EG",
    },
    RegistryEntry {
        name: "LANA",
        aliases: &[
            "Libyan News Agency",
            "Libya News Agency",
            "JANA",
            "Jamahiriya News Agency",
        ],
        country: "LY",
    },
    // `TAP` is an ordinary word.
    RegistryEntry {
        name: "Tunis Afrique Presse",
        aliases: &[],
        country: "TN",
    },
    // `APS` goes to Algérie Presse Service (FANA member, more English copy);
    // Senegal's agency is listed under its full name.
    RegistryEntry {
        name: "APS",
        aliases: &[
            "Algérie Presse Service",
            "Algerie Presse Service",
            "Algeria Press Service",
        ],
        country: "DZ",
    },
    // `MAP` is an ordinary word.
    RegistryEntry {
        name: "Maghreb Arabe Presse",
        aliases: &["Maghreb Arab Press"],
        country: "MA",
    },
    RegistryEntry {
        name: "AMI",
        aliases: &["Agence Mauritanienne d'Information"],
        country: "MR",
    },
    RegistryEntry {
        name: "SUNA",
        aliases: &["Sudan News Agency"],
        country: "SD",
    },
    RegistryEntry {
        name: "SONNA",
        aliases: &["Somali National News Agency"],
        country: "SO",
    },
    RegistryEntry {
        name: "ENA",
        aliases: &["Ethiopian News Agency"],
        country: "ET",
    },
    // `KNA` goes to Kenya; see Katholische Nachrichten-Agentur in Europe.
    RegistryEntry {
        name: "KNA",
        aliases: &["Kenya News Agency"],
        country: "KE",
    },
    // "NAN" is Nigeria's standard credit; kept although "nan" is slang.
    RegistryEntry {
        name: "NAN",
        aliases: &["News Agency of Nigeria"],
        country: "NG",
    },
    // `GNA` is Libya's Government of National Accord in much copy.
    RegistryEntry {
        name: "Ghana News Agency",
        aliases: &[],
        country: "GH",
    },
    RegistryEntry {
        name: "LINA",
        aliases: &["Liberia News Agency"],
        country: "LR",
    },
    RegistryEntry {
        name: "SLENA",
        aliases: &["Sierra Leone News Agency"],
        country: "SL",
    },
    RegistryEntry {
        name: "Agence de Presse Sénégalaise",
        aliases: &["Agence de Presse Senegalaise", "Senegalese Press Agency"],
        country: "SN",
    },
    // The pan-African APA: `APA` itself belongs to Austria Presse Agentur.
    RegistryEntry {
        name: "APA News",
        aliases: &["Agence de Presse Africaine", "African Press Agency"],
        country: "SN",
    },
    RegistryEntry {
        name: "PANA",
        aliases: &[
            "Panapress",
            "Pan-African News Agency",
            "Pan African News Agency",
        ],
        country: "SN",
    },
    RegistryEntry {
        name: "Inforpress",
        aliases: &[],
        country: "CV",
    },
    RegistryEntry {
        name: "AIP",
        aliases: &["Agence Ivoirienne de Presse"],
        country: "CI",
    },
    RegistryEntry {
        name: "AIB",
        aliases: &["Agence d'Information du Burkina"],
        country: "BF",
    },
    RegistryEntry {
        name: "AMAP",
        aliases: &[
            "Agence Malienne de Presse et Publicité",
            "Agence Malienne de Presse et Publicite",
        ],
        country: "ML",
    },
    // `ANP` belongs to the Dutch agency (see Europe).
    RegistryEntry {
        name: "Agence Nigérienne de Presse",
        aliases: &["Agence Nigerienne de Presse"],
        country: "NE",
    },
    RegistryEntry {
        name: "ATOP",
        aliases: &["Agence Togolaise de Presse"],
        country: "TG",
    },
    // "ABP" is used by both Benin's and Burundi's agencies: full name only.
    RegistryEntry {
        name: "Agence Bénin Presse",
        aliases: &["Agence Benin Presse"],
        country: "BJ",
    },
    // "ACP" is also the African, Caribbean and Pacific group in EU copy.
    RegistryEntry {
        name: "Agence Congolaise de Presse",
        aliases: &[],
        country: "CD",
    },
    // "ACI" also names Catholic agencies (ACI Prensa, ACI Africa).
    RegistryEntry {
        name: "Agence Congolaise d'Information",
        aliases: &[],
        country: "CG",
    },
    // "AGP" is used by both Gabon's and Guinea's agencies: full names only.
    RegistryEntry {
        name: "Agence Gabonaise de Presse",
        aliases: &[],
        country: "GA",
    },
    RegistryEntry {
        name: "Agence Guinéenne de Presse",
        aliases: &["Agence Guineenne de Presse"],
        country: "GN",
    },
    RegistryEntry {
        name: "ANGOP",
        aliases: &[
            "Angola Press",
            "Agência Angola Press",
            "Agencia Angola Press",
        ],
        country: "AO",
    },
    // `AIM` is an ordinary word.
    RegistryEntry {
        name: "Mozambique News Agency",
        aliases: &[
            "Agência de Informação de Moçambique",
            "Agencia de Informacao de Mocambique",
        ],
        country: "MZ",
    },
    RegistryEntry {
        name: "ZANIS",
        aliases: &["Zambia News and Information Services"],
        country: "ZM",
    },
    RegistryEntry {
        name: "New Ziana",
        aliases: &["Ziana", "Zimbabwe Inter-Africa News Agency"],
        country: "ZW",
    },
    RegistryEntry {
        name: "MANA",
        aliases: &["Malawi News Agency"],
        country: "MW",
    },
    RegistryEntry {
        name: "NAMPA",
        aliases: &["Namibia Press Agency"],
        country: "NA",
    },
    RegistryEntry {
        name: "BOPA",
        aliases: &["Botswana Press Agency"],
        country: "BW",
    },
    RegistryEntry {
        name: "SAPA",
        aliases: &["South African Press Association"],
        country: "ZA",
    },
    // `ANA`: see ANA-MPA in Europe.
    RegistryEntry {
        name: "ANA",
        aliases: &["African News Agency"],
        country: "ZA",
    },
    // Americas
    RegistryEntry {
        name: "CP",
        aliases: &[
            "Canadian Press",
            "The Canadian Press",
            "La Presse Canadienne",
            "Presse Canadienne",
        ],
        country: "CA",
    },
    RegistryEntry {
        name: "QMI Agency",
        aliases: &["Agence QMI"],
        country: "CA",
    },
    RegistryEntry {
        name: "States News Service",
        aliases: &[],
        country: "US",
    },
    RegistryEntry {
        name: "City News Service",
        aliases: &[],
        country: "US",
    },
    RegistryEntry {
        name: "Federal News Service",
        aliases: &[],
        country: "US",
    },
    // "TNS" is claimed by both Tribune News Service and Targeted News
    // Service, so neither gets it.
    RegistryEntry {
        name: "Tribune News Service",
        aliases: &[
            "Tribune Content Agency",
            // Tribune Content Agency's code, as partners credit it
            // (dpa's `(tca/dpa)`).
            "TCA",
            "McClatchy-Tribune News Service",
            "McClatchy-Tribune Information Services",
            "McClatchy-Tribune",
            "Knight Ridder/Tribune",
            "Knight Ridder Tribune News Service",
            "KRT",
        ],
        country: "US",
    },
    RegistryEntry {
        name: "Targeted News Service",
        aliases: &[],
        country: "US",
    },
    RegistryEntry {
        name: "Scripps Howard News Service",
        aliases: &["SHNS"],
        country: "US",
    },
    RegistryEntry {
        name: "Notimex",
        aliases: &["Agencia de Noticias del Estado Mexicano"],
        country: "MX",
    },
    RegistryEntry {
        name: "Prensa Latina",
        aliases: &["Agencia Informativa Latinoamericana Prensa Latina"],
        country: "CU",
    },
    // `ACN` goes to Cuba's national agency; the Catalan ACN is in Europe.
    RegistryEntry {
        name: "ACN",
        aliases: &[
            "Agencia Cubana de Noticias",
            "AIN",
            "Agencia de Información Nacional",
            "Agencia de Informacion Nacional",
        ],
        country: "CU",
    },
    RegistryEntry {
        name: "CMC",
        aliases: &[
            "Caribbean Media Corporation",
            "CANA",
            "Caribbean News Agency",
        ],
        country: "BB",
    },
    RegistryEntry {
        name: "Telam",
        aliases: &["Télam", "Agencia Telam", "Agencia Télam"],
        country: "AR",
    },
    RegistryEntry {
        name: "Noticias Argentinas",
        aliases: &[],
        country: "AR",
    },
    RegistryEntry {
        name: "DyN",
        aliases: &["Diarios y Noticias"],
        country: "AR",
    },
    RegistryEntry {
        name: "Agencia Brasil",
        aliases: &["Agência Brasil"],
        country: "BR",
    },
    RegistryEntry {
        name: "Agencia Estado",
        aliases: &["Agência Estado", "Estadao Conteudo", "Estadão Conteúdo"],
        country: "BR",
    },
    RegistryEntry {
        name: "Andina",
        aliases: &["Agencia Peruana de Noticias Andina", "Andina News Agency"],
        country: "PE",
    },
    RegistryEntry {
        name: "AVN",
        aliases: &["Agencia Venezolana de Noticias"],
        country: "VE",
    },
    RegistryEntry {
        name: "ABI",
        aliases: &[
            "Agencia Boliviana de Información",
            "Agencia Boliviana de Informacion",
        ],
        country: "BO",
    },
    RegistryEntry {
        name: "Colprensa",
        aliases: &[],
        country: "CO",
    },
    // Oceania
    RegistryEntry {
        name: "AAP",
        aliases: &["Australian Associated Press"],
        country: "AU",
    },
    RegistryEntry {
        name: "NZPA",
        aliases: &["New Zealand Press Association"],
        country: "NZ",
    },
    RegistryEntry {
        name: "NZ Newswire",
        aliases: &["New Zealand Newswire", "NZN"],
        country: "NZ",
    },
    RegistryEntry {
        name: "PACNEWS",
        aliases: &[],
        country: "FJ",
    },
    // Financial wires
    RegistryEntry {
        name: "Bloomberg",
        aliases: &["Bloomberg News"],
        country: "US",
    },
    // Copy credits it as `(Dow Jones)`; the index is written `the Dow` or
    // `Dow Jones industrial average`, and two-word names are matched whole.
    RegistryEntry {
        name: "Dow Jones",
        aliases: &[
            "Dow Jones Newswires",
            "Dow Jones News Service",
            "DJ Newswires",
        ],
        country: "US",
    },
    RegistryEntry {
        name: "AFX",
        aliases: &["AFX News", "AFX News Limited"],
        country: "GB",
    },
    RegistryEntry {
        name: "dpa-AFX",
        aliases: &["dpa-AFX Wirtschaftsnachrichten"],
        country: "DE",
    },
    RegistryEntry {
        name: "MNI",
        aliases: &["Market News International", "MNI Market News"],
        country: "US",
    },
    RegistryEntry {
        name: "RTTNews",
        aliases: &["RTT News"],
        country: "US",
    },
    RegistryEntry {
        name: "Platts",
        aliases: &["S&P Global Platts"],
        country: "US",
    },
    RegistryEntry {
        name: "vwd",
        aliases: &["Vereinigte Wirtschaftsdienste"],
        country: "DE",
    },
    RegistryEntry {
        name: "AWP",
        aliases: &["AWP Finanznachrichten"],
        country: "CH",
    },
    // Press-release wires
    RegistryEntry {
        name: "PR Newswire",
        aliases: &["PRNewswire", "PR Newswire Association"],
        country: "US",
    },
    RegistryEntry {
        name: "U.S. Newswire",
        aliases: &["US Newswire", "USNewswire"],
        country: "US",
    },
    RegistryEntry {
        name: "Business Wire",
        aliases: &["BusinessWire"],
        country: "US",
    },
    RegistryEntry {
        name: "GlobeNewswire",
        aliases: &["Globe Newswire"],
        country: "US",
    },
    RegistryEntry {
        name: "Accesswire",
        aliases: &["ACCESS Newswire"],
        country: "US",
    },
    RegistryEntry {
        name: "PRWeb",
        aliases: &["PR Web"],
        country: "US",
    },
    RegistryEntry {
        name: "Marketwired",
        aliases: &["Marketwire", "Market Wire"],
        country: "CA",
    },
    RegistryEntry {
        name: "CNW",
        aliases: &["Canada NewsWire", "CNW Group"],
        country: "CA",
    },
    RegistryEntry {
        name: "EQS News",
        aliases: &["EQS-News", "EQS Newswire", "DGAP", "DGAP-News"],
        country: "DE",
    },
    RegistryEntry {
        name: "news aktuell",
        aliases: &[],
        country: "DE",
    },
    // Full name only: `ACN` belongs to Cuba's agency.
    RegistryEntry {
        name: "ACN Newswire",
        aliases: &["Asia Corporate News Network"],
        country: "HK",
    },
    RegistryEntry {
        name: "JCN Newswire",
        aliases: &["Japan Corporate News Network"],
        country: "JP",
    },
    // Sports wires
    // "Sports Network" is the credit TSN copy carried; the phrase also
    // occurs in prose ("a regional sports network"), so match whole credits.
    RegistryEntry {
        name: "Sports Network",
        aliases: &["The Sports Network"],
        country: "US",
    },
    // Credited as `(Ticker)`; names are matched whole, in credit positions
    // (a dateline's parentheses, a lead credit, a sign-off) and bylines.
    RegistryEntry {
        name: "Ticker",
        aliases: &["SportsTicker", "Sports Ticker"],
        country: "US",
    },
    RegistryEntry {
        name: "The Sports Xchange",
        aliases: &["Sports Xchange"],
        country: "US",
    },
    RegistryEntry {
        name: "SID",
        aliases: &["Sport-Informations-Dienst", "Sport Informations Dienst"],
        country: "DE",
    },
    // Religious wires
    // `CNS` goes to Catholic News Service; China News Service is in Asia.
    RegistryEntry {
        name: "CNS",
        aliases: &["Catholic News Service"],
        country: "US",
    },
    // Full name only: `CNA` belongs to Taiwan's Central News Agency.
    RegistryEntry {
        name: "Catholic News Agency",
        aliases: &[],
        country: "US",
    },
    RegistryEntry {
        name: "ACI Prensa",
        aliases: &[],
        country: "PE",
    },
    RegistryEntry {
        name: "RNS",
        aliases: &["Religion News Service"],
        country: "US",
    },
    // Full name only: "BP" is the oil company.
    RegistryEntry {
        name: "Baptist Press",
        aliases: &[],
        country: "US",
    },
    RegistryEntry {
        name: "JTA",
        aliases: &["Jewish Telegraphic Agency"],
        country: "US",
    },
    RegistryEntry {
        name: "JNS",
        aliases: &["Jewish News Syndicate"],
        country: "US",
    },
    RegistryEntry {
        name: "ENI",
        aliases: &["Ecumenical News International", "ENInews"],
        country: "CH",
    },
    RegistryEntry {
        name: "Fides",
        aliases: &["Agenzia Fides", "Fides News Agency"],
        country: "VA",
    },
    RegistryEntry {
        name: "Vatican Information Service",
        aliases: &[],
        country: "VA",
    },
    RegistryEntry {
        name: "Zenit",
        aliases: &["Zenit News Agency"],
        country: "IT",
    },
    // "SIR" is an ordinary word.
    RegistryEntry {
        name: "Servizio Informazione Religiosa",
        aliases: &[],
        country: "IT",
    },
    RegistryEntry {
        name: "AsiaNews",
        aliases: &[],
        country: "IT",
    },
    RegistryEntry {
        name: "UCA News",
        aliases: &["Union of Catholic Asian News", "UCAN"],
        country: "TH",
    },
    // Humanitarian wires
    RegistryEntry {
        name: "IRIN",
        aliases: &["IRIN News", "Integrated Regional Information Networks"],
        country: "CH",
    },
    // Entertainment and picture-led agencies credited in copy
    RegistryEntry {
        name: "WENN",
        aliases: &["World Entertainment News Network"],
        country: "GB",
    },
    RegistryEntry {
        name: "Bang Showbiz",
        aliases: &[],
        country: "GB",
    },
    RegistryEntry {
        name: "Cover Media",
        aliases: &[],
        country: "GB",
    },
    RegistryEntry {
        name: "SWNS",
        aliases: &["South West News Service"],
        country: "GB",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn all_names() -> impl Iterator<Item = (&'static str, &'static RegistryEntry)> {
        REGISTRY.iter().flat_map(|e| {
            std::iter::once(e.name)
                .chain(e.aliases.iter().copied())
                .map(move |n| (n, e))
        })
    }

    #[test]
    fn has_at_least_170_entries() {
        assert!(REGISTRY.len() >= 170, "only {} entries", REGISTRY.len());
    }

    #[test]
    fn names_and_aliases_are_unique_ignoring_ascii_case() {
        let mut seen: HashMap<String, &'static str> = HashMap::new();
        for (n, e) in all_names() {
            let key = n.to_ascii_lowercase();
            if let Some(prev) = seen.insert(key, e.name) {
                panic!("{n:?} of {:?} already used by {prev:?}", e.name);
            }
        }
    }

    #[test]
    fn names_are_non_empty_and_trimmed() {
        for (n, e) in all_names() {
            assert!(!n.is_empty(), "empty name or alias in {:?}", e.name);
            assert_eq!(n, n.trim(), "untrimmed {n:?} in {:?}", e.name);
            assert!(!n.contains("  "), "double space in {n:?}");
        }
    }

    #[test]
    fn countries_are_alpha2_or_int() {
        for e in REGISTRY {
            let ok = e.country == "INT"
                || (e.country.len() == 2 && e.country.bytes().all(|b| b.is_ascii_uppercase()));
            assert!(ok, "bad country {:?} for {:?}", e.country, e.name);
        }
    }

    #[test]
    fn names_the_crate_relies_on_are_present() {
        for want in [
            "AP", "PTI", "ANI", "IANS", "UNI", "Reuters", "AFP", "Xinhua", "Yonhap", "Kyodo",
            "Bernama", "dpa", "AAP",
        ] {
            assert!(REGISTRY.iter().any(|e| e.name == want), "missing {want}");
        }
        let reuters = REGISTRY.iter().find(|e| e.name == "Reuters").unwrap();
        assert!(reuters.aliases.contains(&"Reuter"));
        assert!(reuters.aliases.contains(&"Thomson Reuters"));
        let cp = REGISTRY.iter().find(|e| e.name == "CP").unwrap();
        assert!(cp.aliases.contains(&"The Canadian Press"));
    }
}
