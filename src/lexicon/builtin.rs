//! The built-in agencies and portals: plain data, declared here and nowhere
//! else, of the same types a downstream crate would write.

use super::profile::{Agency, Portal, RelatedShape};

/// The agencies every [`ArticleParser::builtin`](crate::ArticleParser::builtin)
/// knows: the wire services of the [registry](super::registry), each with
/// its full names and other spellings as aliases.
///
/// ```
/// let names: Vec<_> = wirecopy::builtin::agencies().iter().map(|a| a.name().to_owned()).collect();
/// assert!(names.contains(&"PTI".to_owned()));
/// assert!(names.contains(&"Antara".to_owned()));
/// ```
pub fn agencies() -> Vec<Agency> {
    super::registry::REGISTRY
        .iter()
        .map(|e| {
            e.aliases
                .iter()
                .fold(Agency::new(e.name), |a, &alias| a.alias(alias))
        })
        .collect()
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
