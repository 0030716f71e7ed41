//! The hot path allocates only the result's vectors: at most 4 heap
//! allocations per parsed seed-shaped page, counted by a global allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    /// Allocations made by this thread (other test threads do not count).
    static ALLOCS: Cell<usize> = const { Cell::new(0) };
}

fn count() {
    let _ = ALLOCS.try_with(|c| c.set(c.get() + 1));
}

fn allocs() -> usize {
    ALLOCS.with(Cell::get)
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_of(page: &str) -> usize {
    let parser = wirecopy::ArticleParser::builtin();
    let _ = parser.parse("warm up\n\nthe shared parser.");
    let before = allocs();
    let article = parser.parse(page).unwrap();
    let after = allocs();
    // The article is complete: the count covers everything parse did.
    assert!(!article.paragraphs().is_empty());
    drop(article);
    after - before
}

#[test]
fn seed_shaped_fixture_needs_at_most_four_allocations() {
    let page = include_str!("fixtures/editorji-pti-thrissur.txt");
    let n = allocations_of(page);
    println!("editorji-pti-thrissur: {n} allocations");
    assert!(n <= 4, "{n} allocations");
}

#[test]
fn the_seed_needs_at_most_four_allocations() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/seeds/editorji-ap-seoul-tokyo.txt");
    let Ok(page) = std::fs::read_to_string(&path) else {
        println!("SKIPPED the_seed_needs_at_most_four_allocations: ../shared is not there");
        return;
    };
    let n = allocations_of(&page);
    println!("seed: {n} allocations");
    assert!(n <= 4, "{n} allocations");
}

#[test]
fn the_counter_counts() {
    // Guards the test itself: a parse that must allocate is seen to.
    let before = allocs();
    let v: Vec<u8> = Vec::with_capacity(10);
    assert!(allocs() > before);
    drop(v);
}
