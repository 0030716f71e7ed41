//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

use serde_json::Value;

/// `../shared` beside the crate, or `None` (and a message saying the test is
/// skipped) when it is missing.
pub fn shared(test: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("SKIPPED {test}: ../shared is not there");
        println!("SKIPPED {test}: ../shared is not there");
        None
    }
}

/// Compares `got` against the subset that `expected` names (see
/// shared/corpus/portals/README.md): keys left out are not checked; lists
/// compare in full. Returns one message per difference.
pub fn subset_diff(expected: &Value, got: &Value, path: &str, out: &mut Vec<String>) {
    match (expected, got) {
        (Value::Object(e), Value::Object(g)) => {
            for (k, v) in e {
                match g.get(k) {
                    Some(gv) => subset_diff(v, gv, &format!("{path}.{k}"), out),
                    None => out.push(format!("{path}.{k}: missing")),
                }
            }
        }
        (Value::Array(e), Value::Array(g)) if e.len() == g.len() => {
            for (i, (a, b)) in e.iter().zip(g).enumerate() {
                subset_diff(a, b, &format!("{path}[{i}]"), out);
            }
        }
        (e, g) if e == g => {}
        (e, g) => out.push(format!("{path}: expected {e}, got {g}")),
    }
}

/// Every string in `article`'s JSON that parsing produced must be a slice
/// of `input` (checked on the value, not the JSON).
pub fn is_inside(input: &str, part: &str) -> bool {
    let start = input.as_ptr() as usize;
    let p = part.as_ptr() as usize;
    part.is_empty() || (p >= start && p + part.len() <= start + input.len())
}

/// The example `name` built beside this test binary
/// (`target/<profile>/deps/<test>` → `target/<profile>/examples/<name>`),
/// or `None` when it is not built.
pub fn example(name: &str) -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let path = exe
        .parent()?
        .parent()?
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    path.exists().then_some(path)
}
