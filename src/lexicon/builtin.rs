//! The built-in agencies and portals: plain data, declared here and nowhere
//! else, of the same types a downstream crate would write.

use super::profile::{Agency, Portal, RelatedShape};

/// The agencies every [`ArticleParser::builtin`](crate::ArticleParser::builtin) knows.
///
/// ```
/// let names: Vec<_> = wirecopy::builtin::agencies().iter().map(|a| a.name().to_owned()).collect();
/// assert!(names.contains(&"PTI".to_owned()));
/// ```
pub fn agencies() -> Vec<Agency> {
    vec![
        Agency::new("AP")
            .alias("Associated Press")
            .alias("The Associated Press"),
        Agency::new("PTI").alias("Press Trust of India"),
        Agency::new("ANI").alias("Asian News International"),
        Agency::new("IANS").alias("Indo-Asian News Service"),
        Agency::new("UNI").alias("United News of India"),
        Agency::new("Reuters")
            .alias("Reuter")
            .alias("REUTERS")
            .alias("Thomson Reuters"),
        Agency::new("AFP").alias("Agence France-Presse"),
        Agency::new("Xinhua").alias("Xinhua News Agency"),
        Agency::new("Yonhap").alias("Yonhap News Agency"),
        Agency::new("Kyodo").alias("Kyodo News"),
        Agency::new("Bernama").alias("Malaysian National News Agency"),
        Agency::new("dpa").alias("Deutsche Presse-Agentur"),
        Agency::new("AAP").alias("Australian Associated Press"),
    ]
}

/// The portals every [`ArticleParser::builtin`](crate::ArticleParser::builtin) knows.
pub fn portals() -> Vec<Portal> {
    vec![
        Portal::new("Editorji")
            .timestamp_label("Updated")
            .disclaimer(
                "(Only the headline of this report may have been reworked by Editorji; the rest of the content is auto-generated from a syndicated feed.)",
                "Editorji",
            )
            .desk("Editorji News Desk")
            .related_list("Recommended For You", RelatedShape::SourceSection),
        Portal::new("NDTV")
            .disclaimer(
                "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
                "NDTV",
            )
            .disclaimer(
                "(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)",
                "NDTV",
            ),
        Portal::new("Business Standard")
            .timestamp_label("Last Updated")
            .disclaimer(
                "(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)",
                "Business Standard",
            )
            .disclaimer(
                "(This story has not been edited by Business Standard staff and is auto-generated from a syndicated feed.)",
                "Business Standard",
            )
            .desk("Capital Market")
            .related_list("### More From This Section", RelatedShape::Title),
        Portal::new("Devdiscourse")
            .timestamp_label("Updated")
            .timestamp_label("Created")
            .disclaimer(
                "(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)",
                "Devdiscourse",
            ),
        Portal::new("LatestLY").disclaimer(
            "(This is an unedited and auto-generated story from Syndicated News feed, LatestLY Staff may not have modified or edited the content body)",
            "LatestLY",
        ),
        Portal::new("ThePrint").disclaimer(
            "This report is auto-generated from PTI news service. ThePrint holds no responsibility for its content.",
            "ThePrint",
        ),
        Portal::new("Hindustan Times").disclaimer(
            "This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.",
            "Hindustan Times",
        ),
        Portal::new("Free Press Journal")
            .timestamp_label("Published on")
            .disclaimer(
                "(Except for the headline, this article has not been edited by FPJ's editorial team and is auto-generated from a syndicated feed.)",
                "FPJ",
            ),
        Portal::new("generic")
            .timestamp_label("Posted")
            .timestamp_label("Published")
            .related_list("Also Read", RelatedShape::Title)
            .related_list("Related News", RelatedShape::Title)
            .related_list("Related Stories", RelatedShape::Title),
    ]
}
