//! Tests of the envelope layer: the agency files of the shared corpus (read
//! at test time), small fixtures for each envelope shape and edge case, and
//! property tests over generated inputs.

mod corpus;
mod fixtures;
mod props;

use super::text::is_story_control;
use super::{Opened, Story};

/// The story strings that must hold no control character.
fn story_strings<'s>(story: &Story<'s>) -> Vec<&'s str> {
    let mut all = vec![story.body()];
    all.extend(story.headline());
    all.extend(story.bylines().iter().copied());
    all.extend(story.header().iter().copied());
    all.extend(story.trailer());
    all.extend(story.signoff());
    all
}

/// Panics when a story string holds a control character.
fn assert_no_controls(opened: &Opened<'_>, what: &str) {
    let story = opened.story();
    for s in story_strings(&story) {
        if let Some(c) = s.chars().find(|&c| is_story_control(c)) {
            panic!(
                "{what}: control character U+{:04X} in story text {s:?}",
                u32::from(c)
            );
        }
    }
    let env = opened.envelope();
    let fields = [
        env.service(),
        env.sequence(),
        env.selector(),
        env.priority(),
        env.category(),
        env.slug(),
        env.take_key(),
        env.date(),
        env.extra(),
        env.keyword_line(),
        env.filing_time(),
    ];
    for s in fields
        .into_iter()
        .flatten()
        .chain(env.notes().iter().map(|n| &**n))
    {
        assert!(
            !s.chars().any(is_story_control),
            "{what}: control character in envelope field {s:?}"
        );
    }
}
