//! Python bindings of `wirecopy`: the one file between the crate's API and
//! Python (the package `wirecopy` re-exports what is defined here).
//!
//! Thin on purpose, as the crate's API is still moving:
//! - an `Article` keeps its input and the crate's `Article` borrowed from it
//!   (nothing is copied), and builds each attribute when it is read (parsing
//!   builds no Python object but the `Article` itself);
//! - `to_dict()`, `__eq__`, `__hash__`, pickling and the attribute fallback
//!   (`article.some_new_part`) all go through the crate's serde form, so a
//!   key the crate adds to its JSON shows up here with no change to this file;
//! - the crate calls this file makes are listed in README.md ("Rust API used").

use std::borrow::Cow;
use std::collections::VecDeque;
use std::hash::{Hash, Hasher};
use std::mem::ManuallyDrop;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

use pyo3::create_exception;
use pyo3::exceptions::{PyAttributeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyBytes, PyDict, PyList, PySlice, PyString, PyTuple};
use self_cell::self_cell;
use wirecopy::envelope::Envelope;
use wirecopy::{
    Agency, Article, ArticleParser, Dateline, DatelineDate, Disclaimer, ErrorKind, Notebook,
    Portal, RelatedLink, RelatedShape, Signoff, Text, Timestamp,
};

/// The extension's Rust allocations (the crate's articles) come from
/// mimalloc: freeing an article, which the caller does with the GIL held,
/// often on memory another thread allocated, is the largest part of
/// `parse_many`'s serial work left, and mimalloc does it in about half the
/// time glibc's malloc takes (portal pages: ~320 instead of ~650 ns a page).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

create_exception!(
    wirecopy,
    ParseError,
    PyValueError,
    "The input is not an article (empty or blank text, invalid UTF-8, over the size limit).\n\n\
     `str(e)` is the crate's message (`line 3, column 5: expected UTF-8 text, ...`); \
     `offset` (bytes), `line` and `column` (1-based, characters) say where, `kind` what."
);

// ---------------------------------------------------------------- helpers

/// The `ParseError` for a crate error, with its position as attributes.
fn parse_error(py: Python<'_>, e: &wirecopy::Error) -> PyErr {
    let err = ParseError::new_err(e.to_string());
    let value = err.value(py);
    let kind = match e.kind() {
        ErrorKind::Empty => "empty",
        ErrorKind::Blank => "blank",
        ErrorKind::TooLarge { .. } => "too_large",
        ErrorKind::InvalidUtf8 { .. } => "invalid_utf8",
        _ => "other",
    };
    // Setting attributes on a fresh exception instance cannot fail.
    let _ = value.setattr("offset", e.offset());
    let _ = value.setattr("line", e.line());
    let _ = value.setattr("column", e.column());
    let _ = value.setattr("kind", kind);
    err
}

/// Python's `repr` of a string.
fn r(py: Python<'_>, s: &str) -> String {
    PyString::new(py, s)
        .repr()
        .map(|r| r.to_string())
        .unwrap_or_else(|_| format!("{s:?}"))
}

/// Python's `repr` of an optional string.
fn r_opt(py: Python<'_>, s: Option<&str>) -> String {
    s.map_or_else(|| "None".to_owned(), |s| r(py, s))
}

/// Python's `repr` of a list of strings.
fn r_list<'s>(py: Python<'_>, items: impl IntoIterator<Item = &'s str>) -> String {
    let items: Vec<String> = items.into_iter().map(|s| r(py, s)).collect();
    format!("[{}]", items.join(", "))
}

/// `3 paragraphs`, `1 link`.
fn count(n: usize, noun: &str) -> String {
    match (n, noun.strip_suffix('y')) {
        (1, _) => format!("1 {noun}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        _ => format!("{n} {noun}s"),
    }
}

fn joined(texts: &[Text<'_>]) -> Vec<String> {
    texts.iter().map(|t| t.joined().into_owned()).collect()
}

/// `__eq__` through the serde form: equal JSON, equal values.
fn eq_json<T: serde::Serialize>(a: &T, b: &T) -> bool {
    serde_json::to_vec(a).ok() == serde_json::to_vec(b).ok()
}

/// `__hash__` through the serde form, consistent with [`eq_json`].
fn hash_json<T: serde::Serialize>(a: &T) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_vec(a).unwrap_or_default().hash(&mut h);
    h.finish()
}

// ---------------------------------------------------------------- to_dict

/// A crate value as the plain Python objects of its JSON form (dict, list,
/// str, int, float, bool, None), made straight from its serde form: what
/// `json.loads` of its serde_json text gives, keys in the same order,
/// without the JSON value in between.
fn to_plain<'py, T: serde::Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    value.serialize(Plain(py)).map_err(|e| e.0)
}

/// The error of [`Plain`]: a Python exception.
#[derive(Debug)]
struct PlainError(PyErr);

impl std::fmt::Display for PlainError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for PlainError {}

impl serde::ser::Error for PlainError {
    fn custom<M: std::fmt::Display>(msg: M) -> Self {
        PlainError(PyValueError::new_err(msg.to_string()))
    }
}

impl From<PyErr> for PlainError {
    fn from(e: PyErr) -> Self {
        PlainError(e)
    }
}

impl From<std::convert::Infallible> for PlainError {
    fn from(e: std::convert::Infallible) -> Self {
        match e {}
    }
}

/// The serializer of [`to_plain`], with serde_json's mapping: unit and None
/// are None, a unit variant its name, other variants `{name: value}`, a
/// non-finite float None, map keys strings.
#[derive(Clone, Copy)]
struct Plain<'py>(Python<'py>);

/// A list being filled ([`Plain`]'s sequences), then wrapped as
/// `{variant: list}` when it is a tuple variant's.
struct PlainSeq<'py> {
    py: Python<'py>,
    items: Vec<Bound<'py, PyAny>>,
    variant: Option<&'static str>,
}

/// A dict being filled ([`Plain`]'s maps and structs), then wrapped as
/// `{variant: dict}` when it is a struct variant's.
struct PlainMap<'py> {
    py: Python<'py>,
    dict: Bound<'py, PyDict>,
    key: Option<Bound<'py, PyAny>>,
    variant: Option<&'static str>,
}

impl<'py> Plain<'py> {
    fn wrap(
        self,
        variant: Option<&'static str>,
        value: Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        match variant {
            None => Ok(value),
            Some(name) => {
                let outer = PyDict::new(self.0);
                outer.set_item(name, value)?;
                Ok(outer.into_any())
            }
        }
    }
}

type PlainResult<'py> = Result<Bound<'py, PyAny>, PlainError>;

impl<'py> serde::Serializer for Plain<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = PlainError;
    type SerializeSeq = PlainSeq<'py>;
    type SerializeTuple = PlainSeq<'py>;
    type SerializeTupleStruct = PlainSeq<'py>;
    type SerializeTupleVariant = PlainSeq<'py>;
    type SerializeMap = PlainMap<'py>;
    type SerializeStruct = PlainMap<'py>;
    type SerializeStructVariant = PlainMap<'py>;

    fn serialize_bool(self, v: bool) -> PlainResult<'py> {
        Ok(PyBool::new(self.0, v).to_owned().into_any())
    }
    fn serialize_i8(self, v: i8) -> PlainResult<'py> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> PlainResult<'py> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> PlainResult<'py> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> PlainResult<'py> {
        Ok(v.into_pyobject(self.0)?.into_any())
    }
    fn serialize_i128(self, v: i128) -> PlainResult<'py> {
        Ok(v.into_pyobject(self.0)?.into_any())
    }
    fn serialize_u8(self, v: u8) -> PlainResult<'py> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> PlainResult<'py> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> PlainResult<'py> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> PlainResult<'py> {
        Ok(v.into_pyobject(self.0)?.into_any())
    }
    fn serialize_u128(self, v: u128) -> PlainResult<'py> {
        Ok(v.into_pyobject(self.0)?.into_any())
    }
    fn serialize_f32(self, v: f32) -> PlainResult<'py> {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> PlainResult<'py> {
        if v.is_finite() {
            Ok(v.into_pyobject(self.0)?.into_any())
        } else {
            self.serialize_unit()
        }
    }
    fn serialize_char(self, v: char) -> PlainResult<'py> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> PlainResult<'py> {
        Ok(PyString::new(self.0, v).into_any())
    }
    fn serialize_bytes(self, v: &[u8]) -> PlainResult<'py> {
        Ok(PyList::new(self.0, v)?.into_any())
    }
    fn serialize_none(self) -> PlainResult<'py> {
        self.serialize_unit()
    }
    fn serialize_some<T: serde::Serialize + ?Sized>(self, value: &T) -> PlainResult<'py> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> PlainResult<'py> {
        Ok(self.0.None().into_bound(self.0))
    }
    fn serialize_unit_struct(self, _name: &'static str) -> PlainResult<'py> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> PlainResult<'py> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: serde::Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> PlainResult<'py> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: serde::Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> PlainResult<'py> {
        let inner = value.serialize(self)?;
        Ok(self.wrap(Some(variant), inner)?)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<PlainSeq<'py>, PlainError> {
        Ok(PlainSeq {
            py: self.0,
            items: Vec::with_capacity(len.unwrap_or(0)),
            variant: None,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<PlainSeq<'py>, PlainError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<PlainSeq<'py>, PlainError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<PlainSeq<'py>, PlainError> {
        let mut seq = self.serialize_seq(Some(len))?;
        seq.variant = Some(variant);
        Ok(seq)
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<PlainMap<'py>, PlainError> {
        Ok(PlainMap {
            py: self.0,
            dict: PyDict::new(self.0),
            key: None,
            variant: None,
        })
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<PlainMap<'py>, PlainError> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<PlainMap<'py>, PlainError> {
        let mut map = self.serialize_map(Some(len))?;
        map.variant = Some(variant);
        Ok(map)
    }
}

impl<'py> PlainSeq<'py> {
    fn push<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> Result<(), PlainError> {
        self.items.push(value.serialize(Plain(self.py))?);
        Ok(())
    }
    fn finish(self) -> PlainResult<'py> {
        let list = PyList::new(self.py, self.items)?.into_any();
        Ok(Plain(self.py).wrap(self.variant, list)?)
    }
}

macro_rules! plain_seq {
    ($($trait:ident :: $method:ident),*) => {$(
        impl<'py> serde::ser::$trait for PlainSeq<'py> {
            type Ok = Bound<'py, PyAny>;
            type Error = PlainError;
            fn $method<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> Result<(), PlainError> {
                self.push(value)
            }
            fn end(self) -> PlainResult<'py> {
                self.finish()
            }
        }
    )*};
}

plain_seq!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl<'py> PlainMap<'py> {
    fn field<T: serde::Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), PlainError> {
        let value = value.serialize(Plain(self.py))?;
        Ok(self.dict.set_item(key, value)?)
    }
    fn finish(self) -> PlainResult<'py> {
        Ok(Plain(self.py).wrap(self.variant, self.dict.into_any())?)
    }
}

impl<'py> serde::ser::SerializeMap for PlainMap<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = PlainError;
    fn serialize_key<T: serde::Serialize + ?Sized>(&mut self, key: &T) -> Result<(), PlainError> {
        // JSON keys are strings: serde_json writes numbers and booleans as
        // their text.
        let key = key.serialize(Plain(self.py))?;
        let key = if key.is_instance_of::<PyString>() {
            key
        } else if key.is_instance_of::<PyBool>() {
            PyString::new(self.py, if key.is_truthy()? { "true" } else { "false" }).into_any()
        } else if key.is_instance_of::<pyo3::types::PyInt>() {
            key.str()?.into_any()
        } else {
            return Err(serde::ser::Error::custom("a map key must be a string"));
        };
        self.key = Some(key);
        Ok(())
    }
    fn serialize_value<T: serde::Serialize + ?Sized>(
        &mut self,
        value: &T,
    ) -> Result<(), PlainError> {
        let key = self.key.take().ok_or_else(|| {
            <PlainError as serde::ser::Error>::custom("a map value before its key")
        })?;
        let value = value.serialize(Plain(self.py))?;
        Ok(self.dict.set_item(key, value)?)
    }
    fn end(self) -> PlainResult<'py> {
        self.finish()
    }
}

impl<'py> serde::ser::SerializeStruct for PlainMap<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = PlainError;
    fn serialize_field<T: serde::Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), PlainError> {
        self.field(key, value)
    }
    fn end(self) -> PlainResult<'py> {
        self.finish()
    }
}

impl<'py> serde::ser::SerializeStructVariant for PlainMap<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = PlainError;
    fn serialize_field<T: serde::Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), PlainError> {
        self.field(key, value)
    }
    fn end(self) -> PlainResult<'py> {
        self.finish()
    }
}

// ---------------------------------------------------------------- parts

/// The labelled time in a portal's header (`Updated : Aug 13, 2025 14:23`).
#[pyclass(module = "wirecopy", name = "Timestamp", frozen)]
struct PyTimestamp(Timestamp<'static>);

#[pymethods]
impl PyTimestamp {
    /// The words before the colon (`Updated`), or None for a bare date-time line.
    #[getter]
    fn label(&self) -> Option<&str> {
        self.0.label()
    }
    /// The date-time as written after the label.
    #[getter]
    fn text(&self) -> &str {
        self.0.text()
    }
    /// A `datetime.datetime` (zone-aware when the text names a known zone,
    /// naive otherwise), a `datetime.date` when the text has no time of day,
    /// or None when the text could not be read.
    #[getter]
    fn datetime<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        static DATETIME: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
        static DATE: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
        let Some(dt) = self.0.datetime() else {
            return Ok(py.None().into_bound(py));
        };
        // `Display` writes ISO 8601 (`2025-08-13`, `2025-08-13T14:23:00`,
        // `2025-08-13T14:23:00+05:30`), which `fromisoformat` reads back
        // with a `datetime.timezone` for the offset.
        let iso = dt.to_string();
        let class = if iso.len() == 10 {
            DATE.import(py, "datetime", "date")?
        } else {
            DATETIME.import(py, "datetime", "datetime")?
        };
        class.call_method1("fromisoformat", (iso,))
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_plain(py, &self.0)
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| eq_json(&self.0, &o.get().0))
    }
    fn __hash__(&self) -> u64 {
        hash_json(&self.0)
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        let dt = self.0.datetime().map(|d| d.to_string());
        format!(
            "Timestamp(label={}, text={}, datetime={})",
            r_opt(py, self.0.label()),
            r(py, self.0.text()),
            r_opt(py, dt.as_deref())
        )
    }
}

/// The month and day (and year, when written) of a dateline.
#[pyclass(module = "wirecopy", name = "DatelineDate", frozen)]
struct PyDatelineDate(DatelineDate<'static>);

#[pymethods]
impl PyDatelineDate {
    /// The date as written (`Aug 13`, `13 Jan`).
    #[getter]
    fn text(&self) -> &str {
        self.0.text()
    }
    /// 1 to 12.
    #[getter]
    fn month(&self) -> u8 {
        self.0.month()
    }
    /// 1 to 31.
    #[getter]
    fn day(&self) -> u8 {
        self.0.day()
    }
    /// The year, when the dateline names one.
    #[getter]
    fn year(&self) -> Option<u16> {
        self.0.year()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_plain(py, &self.0)
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| eq_json(&self.0, &o.get().0))
    }
    fn __hash__(&self) -> u64 {
        hash_json(&self.0)
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        let year = self.0.year().map_or("None".to_owned(), |y| y.to_string());
        format!(
            "DatelineDate(text={}, month={}, day={}, year={year})",
            r(py, self.0.text()),
            self.0.month(),
            self.0.day()
        )
    }
}

/// The dateline at the head of the story: `Seoul, Aug 13 (AP)`.
#[pyclass(module = "wirecopy", name = "Dateline", frozen)]
struct PyDateline(Dateline<'static>);

#[pymethods]
impl PyDateline {
    /// The whole dateline, up to its separator.
    #[getter]
    fn text(&self) -> &str {
        self.0.text()
    }
    /// What precedes the date (or the agency), as written; may be empty.
    #[getter]
    fn place(&self) -> &str {
        self.0.place()
    }
    /// The month and day, or None.
    #[getter]
    fn date(&self) -> Option<PyDatelineDate> {
        self.0
            .date()
            .map(|d| PyDatelineDate(d.clone().into_owned()))
    }
    /// The agencies named in the dateline, as written.
    #[getter]
    fn agencies(&self) -> Vec<&str> {
        self.0.agencies().iter().map(|a| &**a).collect()
    }
    /// The separator before the story (`—`, `-`, `:`), or "" for a space.
    #[getter]
    fn separator(&self) -> &str {
        self.0.separator()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_plain(py, &self.0)
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| eq_json(&self.0, &o.get().0))
    }
    fn __hash__(&self) -> u64 {
        hash_json(&self.0)
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        let date = match self.0.date() {
            Some(d) => PyDatelineDate(d.clone()).__repr__(py),
            None => "None".to_owned(),
        };
        format!(
            "Dateline(text={}, place={}, date={date}, agencies={})",
            r(py, self.0.text()),
            r(py, self.0.place()),
            r_list(py, self.0.agencies().iter().map(|a| &**a))
        )
    }
}

/// The agency's sign-off: `(AP) NPK NPK`, `-- PTI`, ` Reuter`.
#[pyclass(module = "wirecopy", name = "Signoff", frozen)]
struct PySignoff(Signoff<'static>);

#[pymethods]
impl PySignoff {
    /// The sign-off as written (wrapped lines joined).
    #[getter]
    fn text(&self) -> String {
        self.0.text().joined().into_owned()
    }
    /// The agency as written (`AP`, `Reuter`).
    #[getter]
    fn agency(&self) -> &str {
        self.0.agency()
    }
    /// The desk slugs after the agency.
    #[getter]
    fn slugs(&self) -> Vec<&str> {
        self.0.slugs().collect()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_plain(py, &self.0)
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| eq_json(&self.0, &o.get().0))
    }
    fn __hash__(&self) -> u64 {
        hash_json(&self.0)
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Signoff(text={}, agency={}, slugs={})",
            r(py, &self.0.text().joined()),
            r(py, self.0.agency()),
            r_list(py, self.0.slugs())
        )
    }
}

/// A portal's note that the story came from a syndicated feed.
#[pyclass(module = "wirecopy", name = "Disclaimer", frozen)]
struct PyDisclaimer(Disclaimer<'static>);

#[pymethods]
impl PyDisclaimer {
    /// The disclaimer as written (wrapped lines joined).
    #[getter]
    fn text(&self) -> String {
        self.0.text().joined().into_owned()
    }
    /// The publisher it names (`Editorji`), or None.
    #[getter]
    fn publisher(&self) -> Option<&str> {
        self.0.publisher()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_plain(py, &self.0)
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| eq_json(&self.0, &o.get().0))
    }
    fn __hash__(&self) -> u64 {
        hash_json(&self.0)
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Disclaimer(text={}, publisher={})",
            r(py, &self.0.text().joined()),
            r_opt(py, self.0.publisher())
        )
    }
}

/// One entry of a related list (`editorji | World` then a headline).
#[pyclass(module = "wirecopy", name = "RelatedLink", frozen)]
struct PyRelatedLink(RelatedLink<'static>);

#[pymethods]
impl PyRelatedLink {
    /// The site named before the `|`, or None.
    #[getter]
    fn source(&self) -> Option<&str> {
        self.0.source()
    }
    /// The section named after the `|`, or None.
    #[getter]
    fn section(&self) -> Option<&str> {
        self.0.section()
    }
    /// The linked headline.
    #[getter]
    fn title(&self) -> String {
        self.0.title().joined().into_owned()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_plain(py, &self.0)
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| eq_json(&self.0, &o.get().0))
    }
    fn __hash__(&self) -> u64 {
        hash_json(&self.0)
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "RelatedLink(source={}, section={}, title={})",
            r_opt(py, self.0.source()),
            r_opt(py, self.0.section()),
            r(py, &self.0.title().joined())
        )
    }
}

/// What an agency puts after the story for editors, not for publication
/// (dpa's `# dpa NOTEBOOK`, contacts, links).
#[pyclass(module = "wirecopy", name = "Notebook", frozen)]
struct PyNotebook(Notebook<'static>);

#[pymethods]
impl PyNotebook {
    /// The lines as written, trimmed, without blank ones.
    #[getter]
    fn lines(&self) -> Vec<&str> {
        self.0.lines().iter().map(|l| &**l).collect()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_plain(py, &self.0)
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| eq_json(&self.0, &o.get().0))
    }
    fn __hash__(&self) -> u64 {
        hash_json(&self.0)
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Notebook(lines={})",
            r_list(py, self.0.lines().iter().map(|l| &**l))
        )
    }
}

/// The fields of the agency envelope (ANPA-1312, IPTC 7901) the copy came in.
#[pyclass(module = "wirecopy", name = "Envelope", frozen)]
struct PyEnvelope(Envelope<'static>);

#[pymethods]
impl PyEnvelope {
    /// `"ANPA-1312"` or `"IPTC 7901"`.
    #[getter]
    fn format(&self) -> &'static str {
        self.0.format().name()
    }
    /// ANPA's service-level letter (`W`); IPTC's source/service id (`eca`).
    #[getter]
    fn service(&self) -> Option<&str> {
        self.0.service()
    }
    /// The sequence number as written (`2870`, `062`).
    #[getter]
    fn sequence(&self) -> Option<&str> {
        self.0.sequence()
    }
    /// The sequence number as an int, when it is one.
    #[getter]
    fn sequence_number(&self) -> Option<u32> {
        self.0.sequence_number()
    }
    /// ANPA's selector code (`asian`); None for IPTC.
    #[getter]
    fn selector(&self) -> Option<&str> {
        self.0.selector()
    }
    /// The priority code as written (ANPA's letter, IPTC's digit).
    #[getter]
    fn priority(&self) -> Option<&str> {
        self.0.priority()
    }
    /// The category code as written.
    #[getter]
    fn category(&self) -> Option<&str> {
        self.0.category()
    }
    /// Whether ANPA's format code marks a table (always False for IPTC).
    #[getter]
    fn tabular(&self) -> bool {
        self.0.tabular()
    }
    /// ANPA's slug (`BC-Rain`).
    #[getter]
    fn slug(&self) -> Option<&str> {
        self.0.slug()
    }
    /// ANPA's take key or version (`1stLd-Writethru`).
    #[getter]
    fn take_key(&self) -> Option<&str> {
        self.0.take_key()
    }
    /// ANPA's month and day on the second header line (`02-20`).
    #[getter]
    fn date(&self) -> Option<&str> {
        self.0.date()
    }
    /// The word count, when the header gives one.
    #[getter]
    fn word_count(&self) -> Option<u32> {
        self.0.word_count()
    }
    /// IPTC's optional information after the word count, as written.
    #[getter]
    fn extra(&self) -> Option<&str> {
        self.0.extra()
    }
    /// ANPA's keyword line at the top of the story, without `^`.
    #[getter]
    fn keyword_line(&self) -> Option<&str> {
        self.0.keyword_line()
    }
    /// Notes to editors (`Eds: ...`).
    #[getter]
    fn notes(&self) -> Vec<&str> {
        self.0.notes().iter().map(|n| &**n).collect()
    }
    /// The filing time after ETX, as written (`AP-WF-02-20-16 0337GMT`).
    #[getter]
    fn filing_time(&self) -> Option<&str> {
        self.0.filing_time()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_plain(py, &self.0)
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| eq_json(&self.0, &o.get().0))
    }
    fn __hash__(&self) -> u64 {
        hash_json(&self.0)
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        let e = &self.0;
        let num = |n: Option<u32>| n.map_or_else(|| "None".to_owned(), |n| n.to_string());
        format!(
            "Envelope(format={}, service={}, sequence={}, selector={}, priority={}, \
             category={}, tabular={}, slug={}, take_key={}, date={}, word_count={}, \
             extra={}, keyword_line={}, notes={}, filing_time={})",
            r(py, e.format().name()),
            r_opt(py, e.service()),
            r_opt(py, e.sequence()),
            r_opt(py, e.selector()),
            r_opt(py, e.priority()),
            r_opt(py, e.category()),
            if e.tabular() { "True" } else { "False" },
            r_opt(py, e.slug()),
            r_opt(py, e.take_key()),
            r_opt(py, e.date()),
            num(e.word_count()),
            r_opt(py, e.extra()),
            r_opt(py, e.keyword_line()),
            r_list(py, e.notes().iter().map(|n| &**n)),
            r_opt(py, e.filing_time()),
        )
    }
}

// ---------------------------------------------------------------- input

/// A `str`'s UTF-8 bytes, borrowed from the `str` object it keeps alive.
struct Utf8Str {
    _owner: Py<PyString>,
    ptr: *const u8,
    len: usize,
}

// SAFETY: the bytes belong to an immutable `str` object that `_owner` keeps
// alive; reading them needs no interpreter lock.
unsafe impl Send for Utf8Str {}
unsafe impl Sync for Utf8Str {}

impl Utf8Str {
    fn as_str(&self) -> &str {
        // SAFETY: CPython's UTF-8 form of the string: valid UTF-8, `len`
        // bytes, alive and unchanged as long as the string is.
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.ptr, self.len)) }
    }
}

// In the stable ABI from 3.10 (the wheel targets 3.9, so pyo3 does not
// declare it); exported by every CPython 3.x on Linux and macOS. It returns
// the string's own bytes for ASCII strings and a UTF-8 copy cached in the
// string object otherwise.
#[cfg(not(windows))]
unsafe extern "C" {
    fn PyUnicode_AsUTF8AndSize(
        unicode: *mut pyo3::ffi::PyObject,
        size: *mut pyo3::ffi::Py_ssize_t,
    ) -> *const std::ffi::c_char;
}

/// The text an article is read from, kept alive by the article.
enum Input {
    /// A `str`'s bytes, without a copy (CPython >= 3.10, not Windows).
    Utf8(Utf8Str),
    /// A `str` encoded into a `bytes` copy (CPython 3.9, Windows).
    Str(PyBackedStr),
    Bytes(PyBackedBytes),
    /// The JSON form (an unpickled article).
    Json(Box<[u8]>),
}

impl Input {
    fn len(&self) -> usize {
        match self {
            Input::Utf8(s) => s.len,
            Input::Str(s) => s.len(),
            Input::Bytes(b) => b.len(),
            Input::Json(j) => j.len(),
        }
    }

    fn from_str(s: &Bound<'_, PyString>) -> PyResult<Input> {
        #[cfg(not(windows))]
        {
            static ZERO_COPY: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
            if *ZERO_COPY.get_or_init(|| s.py().version_info() >= (3, 10)) {
                let mut len: pyo3::ffi::Py_ssize_t = 0;
                // SAFETY: `s` is a live `str` and we are attached to the
                // interpreter; a null result has set a Python exception.
                let ptr = unsafe { PyUnicode_AsUTF8AndSize(s.as_ptr(), &mut len) };
                if ptr.is_null() {
                    return Err(PyErr::fetch(s.py()));
                }
                return Ok(Input::Utf8(Utf8Str {
                    _owner: s.clone().unbind(),
                    ptr: ptr.cast(),
                    len: len as usize,
                }));
            }
        }
        Ok(Input::Str(s.clone().try_into()?))
    }
}

/// What an article borrows from: its input, and the parser whose agency
/// names it may hold (None for the built-in parser).
struct Source {
    input: Input,
    parser: Option<Arc<ArticleParser>>,
}

impl Source {
    fn parse(&self) -> Result<Article<'_>, wirecopy::Error> {
        let parser = self.parser.as_deref().unwrap_or(ArticleParser::builtin());
        match &self.input {
            Input::Utf8(s) => parser.parse(s.as_str()),
            Input::Str(s) => parser.parse(s),
            Input::Bytes(b) => parser.parse_bytes(b),
            Input::Json(_) => unreachable!("JSON is read by _article_from_json"),
        }
    }
}

type ArticleOf<'a> = Article<'a>;

self_cell!(
    /// An article and the input it borrows from.
    struct Parsed {
        owner: Source,
        #[covariant]
        dependent: ArticleOf,
    }
);

// ---------------------------------------------------------------- article

/// A parsed article. Read-only; every part but the headline may be absent
/// (None or an empty list). Attributes are built when read.
#[pyclass(module = "wirecopy", name = "Article", frozen)]
struct PyArticle {
    parsed: ManuallyDrop<Parsed>,
    /// The pool that frees the article when the Python object is gone
    /// (`parse_many` on more than one thread), or None to free it here.
    release: Option<Arc<Pool>>,
}

impl From<Parsed> for PyArticle {
    fn from(parsed: Parsed) -> Self {
        PyArticle {
            parsed: ManuallyDrop::new(parsed),
            release: None,
        }
    }
}

impl Drop for PyArticle {
    fn drop(&mut self) {
        // SAFETY: taken once, here, and never read again.
        let parsed = unsafe { ManuallyDrop::take(&mut self.parsed) };
        match &self.release {
            Some(pool) => pool.release(parsed),
            None => drop(parsed),
        }
    }
}

impl PyArticle {
    fn get(&self) -> &Article<'_> {
        self.parsed.borrow_dependent()
    }
}

#[pymethods]
impl PyArticle {
    /// The headline, trimmed, as written.
    #[getter]
    fn headline(&self) -> &str {
        self.get().headline()
    }
    /// The first labelled time in the header, or None.
    #[getter]
    fn timestamp(&self) -> Option<PyTimestamp> {
        self.get()
            .timestamp()
            .map(|t| PyTimestamp(t.clone().into_owned()))
    }
    /// The byline or desk line, or None.
    #[getter]
    fn byline(&self) -> Option<&str> {
        self.get().byline()
    }
    /// The dateline, or None.
    #[getter]
    fn dateline(&self) -> Option<PyDateline> {
        self.get()
            .dateline()
            .map(|d| PyDateline(d.clone().into_owned()))
    }
    /// The body paragraphs, wrapped wire lines joined with single spaces.
    #[getter]
    fn paragraphs(&self) -> Vec<Cow<'_, str>> {
        self.get().paragraphs().iter().map(Text::joined).collect()
    }
    /// The sign-off, or None.
    #[getter]
    fn signoff(&self) -> Option<PySignoff> {
        self.get()
            .signoff()
            .map(|s| PySignoff(s.clone().into_owned()))
    }
    /// The portal's syndication disclaimer, or None.
    #[getter]
    fn disclaimer(&self) -> Option<PyDisclaimer> {
        self.get()
            .disclaimer()
            .map(|d| PyDisclaimer(d.clone().into_owned()))
    }
    /// The related links.
    #[getter]
    fn related(&self) -> Vec<PyRelatedLink> {
        self.get()
            .related()
            .iter()
            .map(|r| PyRelatedLink(r.clone().into_owned()))
            .collect()
    }
    /// The line under the byline (`AP Sports Writer`), or None.
    #[getter]
    fn byline_title(&self) -> Option<&str> {
        self.get().byline_title()
    }
    /// The notebook after the story (for editors, not for publication), or None.
    #[getter]
    fn notebook(&self) -> Option<PyNotebook> {
        self.get()
            .notebook()
            .map(|n| PyNotebook(n.clone().into_owned()))
    }
    /// The agency envelope the copy came in (`parse_bytes` on ANPA-1312 or
    /// IPTC 7901), or None for plain text.
    #[getter]
    fn envelope(&self) -> Option<PyEnvelope> {
        self.get()
            .envelope()
            .map(|e| PyEnvelope(e.clone().into_owned()))
    }
    /// Every agency credited anywhere, normalised, in order of appearance.
    #[getter]
    fn agencies(&self) -> Vec<&str> {
        self.get().agencies().iter().map(|a| &**a).collect()
    }
    /// Credit lines (`(With inputs from PTI)`), joined.
    #[getter]
    fn credits(&self) -> Vec<String> {
        joined(self.get().credits())
    }
    /// In-body boilerplate kept out of the body (`Also Read | ...`), joined.
    #[getter]
    fn boilerplate(&self) -> Vec<String> {
        joined(self.get().boilerplate())
    }

    /// The crate's JSON form (the project's JSON contract) as plain Python
    /// objects; `datetime` stays an ISO 8601 string there.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_plain(py, self.get())
    }

    /// The same JSON as a string (what the crate's serde_json writes).
    fn to_json(&self) -> String {
        serde_json::to_string(self.get()).expect("wirecopy values serialise to JSON")
    }

    /// A part of the JSON form that has no attribute of its own yet (parts
    /// the crate adds later), as plain Python objects.
    fn __getattr__<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
        if !name.starts_with('_')
            && let Ok(dict) = to_plain(py, self.get())?.cast_into::<PyDict>()
            && let Some(v) = dict.get_item(name)?
        {
            return Ok(v);
        }
        Err(PyAttributeError::new_err(format!(
            "'Article' object has no attribute '{name}'"
        )))
    }

    /// The canonical text: parsing it gives an equal article.
    fn __str__(&self) -> String {
        self.get().to_string()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let a = self.get();
        let mut parts = vec![format!("headline={}", r(py, a.headline()))];
        if let Some(t) = a.timestamp() {
            let t = PyTimestamp(t.clone().into_owned());
            parts.push(format!("timestamp={}", t.__repr__(py)));
        }
        if let Some(b) = a.byline() {
            parts.push(format!("byline={}", r(py, b)));
        }
        if let Some(t) = a.byline_title() {
            parts.push(format!("byline_title={}", r(py, t)));
        }
        if let Some(d) = a.dateline() {
            let d = PyDateline(d.clone().into_owned());
            parts.push(format!("dateline={}", d.__repr__(py)));
        }
        parts.push(format!(
            "paragraphs=<{}>",
            count(a.paragraphs().len(), "paragraph")
        ));
        if let Some(s) = a.signoff() {
            let s = PySignoff(s.clone().into_owned());
            parts.push(format!("signoff={}", s.__repr__(py)));
        }
        if let Some(d) = a.disclaimer() {
            let d = PyDisclaimer(d.clone().into_owned());
            parts.push(format!("disclaimer={}", d.__repr__(py)));
        }
        if !a.related().is_empty() {
            parts.push(format!("related=<{}>", count(a.related().len(), "link")));
        }
        if let Some(n) = a.notebook() {
            parts.push(format!("notebook=<{}>", count(n.lines().len(), "line")));
        }
        if let Some(e) = a.envelope() {
            parts.push(format!("envelope=<{}>", e.format().name()));
        }
        parts.push(format!(
            "agencies={}",
            r_list(py, a.agencies().iter().map(|a| &**a))
        ));
        if !a.credits().is_empty() {
            let credits: Vec<String> = joined(a.credits());
            parts.push(format!(
                "credits={}",
                r_list(py, credits.iter().map(|s| s.as_str()))
            ));
        }
        format!("Article({})", parts.join(", "))
    }

    /// Equal when the JSON forms are equal (`parse(str(a)) == a`).
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| eq_json(self.get(), o.get().get()))
    }

    fn __hash__(&self) -> u64 {
        hash_json(self.get())
    }

    /// Pickles as its JSON form (for multiprocessing, Dask, Spark).
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let module = py.import("wirecopy._wirecopy")?;
        let json = serde_json::to_vec(self.get()).expect("wirecopy values serialise to JSON");
        Ok((
            module.getattr("_article_from_json")?,
            PyTuple::new(py, [PyBytes::new(py, &json)])?,
        ))
    }
}

/// Rebuilds an article from its JSON form (pickling).
#[pyfunction]
fn _article_from_json(json: &[u8]) -> PyResult<PyArticle> {
    let source = Source {
        input: Input::Json(json.into()),
        parser: None,
    };
    Parsed::try_new(source, |s| match &s.input {
        Input::Json(j) => serde_json::from_slice::<Article<'_>>(j),
        _ => unreachable!(),
    })
    .map(PyArticle::from)
    .map_err(|e| PyValueError::new_err(format!("not a wirecopy article: {e}")))
}

// ---------------------------------------------------------------- parsing

/// A `ParseError` in place of a `str` that has no UTF-8 form (a lone
/// surrogate), placed the way the crate places its errors.
fn unencodable(py: Python<'_>, s: &Bound<'_, PyString>, cause: PyErr) -> PyErr {
    let at = || -> PyResult<(String, u32)> {
        let start: isize = cause.value(py).getattr("start")?.extract()?;
        let before: String = s
            .as_any()
            .get_item(PySlice::new(py, 0, start, 1))?
            .extract()?;
        let ord = py.import("builtins")?.getattr("ord")?;
        let cp: u32 = ord.call1((s.as_any().get_item(start)?,))?.extract()?;
        Ok((before, cp))
    };
    let Ok((before, cp)) = at() else {
        return cause;
    };
    let offset = before.len();
    let mut line = 1;
    let mut line_start = 0;
    let bytes = before.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                i += 2;
                line += 1;
                line_start = i;
            }
            b'\r' | b'\n' => {
                i += 1;
                line += 1;
                line_start = i;
            }
            _ => i += 1,
        }
    }
    let column = before[line_start..].chars().count() + 1;
    let err = ParseError::new_err(format!(
        "line {line}, column {column}: expected UTF-8 text, found the lone surrogate U+{cp:04X}"
    ));
    let value = err.value(py);
    let _ = value.setattr("offset", offset);
    let _ = value.setattr("line", line);
    let _ = value.setattr("column", column);
    let _ = value.setattr("kind", "invalid_utf8");
    value.setattr("__cause__", cause.value(py)).ok();
    err
}

// ---------------------------------------------------------------- parse_many
//
// The calling thread reads the inputs (the GIL held: a `str`'s UTF-8 form is
// made there) and hands them over in chunks; `threads - 1` threads of a
// pool parse the chunks as they come, and so does the calling thread once
// the inputs are read, with the GIL released. So reading the inputs, the one
// part that needs the GIL, overlaps the parsing instead of coming before it.
// The Python objects are made at the end, in input order.

/// The most pages, and about the most bytes, in one chunk of `parse_many`'s
/// work: small, so that the threads start early and end together; large
/// enough that handing a chunk over (a lock, a wake-up) costs little.
const CHUNK_PAGES: usize = 64;
const CHUNK_BYTES: usize = 64 * 1024;

type Outcome = Result<Parsed, (Source, wirecopy::Error)>;

/// The work of one `parse_many` call, shared by the calling thread and the
/// pool's threads.
#[derive(Default)]
struct Work {
    state: Mutex<WorkState>,
    changed: Condvar,
}

#[derive(Default)]
struct WorkState {
    /// Chunks to parse, numbered in input order.
    todo: VecDeque<(usize, Vec<Source>)>,
    /// No chunk will be added.
    closed: bool,
    /// Chunks added and not yet parsed.
    pending: usize,
    /// Parsed chunks, in the order they were done.
    done: Vec<(usize, Vec<Outcome>)>,
    /// A panic of the parser, to be raised in the calling thread.
    panic: Option<Box<dyn std::any::Any + Send>>,
}

impl Work {
    fn lock(&self) -> MutexGuard<'_, WorkState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn wait<'a>(&self, state: MutexGuard<'a, WorkState>) -> MutexGuard<'a, WorkState> {
        self.changed.wait(state).unwrap_or_else(|e| e.into_inner())
    }

    fn push(&self, at: usize, sources: Vec<Source>) {
        let mut state = self.lock();
        state.todo.push_back((at, sources));
        state.pending += 1;
        drop(state);
        self.changed.notify_one();
    }

    /// Parses chunks until there is none left and none will come. Python
    /// objects are only moved here, never dropped (the GIL is not held);
    /// an error gives its source back.
    fn run(&self) {
        loop {
            let (at, sources) = {
                let mut state = self.lock();
                loop {
                    if let Some(chunk) = state.todo.pop_front() {
                        break chunk;
                    }
                    if state.closed {
                        return;
                    }
                    state = self.wait(state);
                }
            };
            let start = thread_cpu_ns();
            let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                sources.into_iter().map(parse_source).collect::<Vec<_>>()
            }));
            PARSE_CPU_NS.fetch_add(thread_cpu_ns().saturating_sub(start), Ordering::Relaxed);
            let mut state = self.lock();
            match parsed {
                Ok(parsed) => state.done.push((at, parsed)),
                Err(panic) => state.panic = Some(panic),
            }
            state.pending -= 1;
            let last = state.pending == 0 && state.closed;
            drop(state);
            if last {
                self.changed.notify_all();
            }
        }
    }

    /// Closes the work, parses what is left alongside the pool, waits for
    /// the pool's chunks, and returns the results in input order.
    fn finish(&self) -> Vec<Outcome> {
        self.lock().closed = true;
        self.changed.notify_all();
        self.run();
        let mut state = self.lock();
        while state.pending > 0 {
            state = self.wait(state);
        }
        if let Some(panic) = state.panic.take() {
            std::panic::resume_unwind(panic);
        }
        let mut done = std::mem::take(&mut state.done);
        drop(state);
        done.sort_unstable_by_key(|(at, _)| *at);
        done.into_iter().flat_map(|(_, chunk)| chunk).collect()
    }
}

/// Thread CPU time, since the module was loaded, that `parse_many` spent
/// reading its inputs (the GIL held) and parsing them (the GIL released,
/// summed over threads): what `_cpu_ns()` reports, for `bench.py`.
static READ_CPU_NS: AtomicU64 = AtomicU64::new(0);
static PARSE_CPU_NS: AtomicU64 = AtomicU64::new(0);

/// The CPU time of the calling thread, in nanoseconds (0 where there is no
/// such clock).
fn thread_cpu_ns() -> u64 {
    #[cfg(unix)]
    {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: a valid clock id and a valid out-pointer.
        if unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0 {
            return ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64;
        }
    }
    0
}

/// `(reading, parsing)`: nanoseconds of thread CPU time `parse_many` spent
/// reading its inputs with the GIL held and parsing them with the GIL
/// released (summed over threads), since the module was loaded. Private:
/// `bench.py` takes the share of the work done holding the GIL from it.
#[pyfunction]
fn _cpu_ns() -> (u64, u64) {
    (
        READ_CPU_NS.load(Ordering::Relaxed),
        PARSE_CPU_NS.load(Ordering::Relaxed),
    )
}

/// The threads that help `parse_many` calls of one size, and free the
/// articles those calls made once their Python objects are gone.
struct Pool {
    threads: rayon::ThreadPool,
    released: Mutex<Released>,
    freed: Condvar,
}

/// Articles whose Python objects are gone, to be freed on a pool's threads.
#[derive(Default)]
struct Released {
    /// The batch being filled.
    open: Vec<Parsed>,
    /// Full batches not yet taken by a thread.
    full: VecDeque<Vec<Parsed>>,
    /// Batches not yet freed (in `full` or being freed).
    freeing: usize,
}

/// How many released articles are freed in one job of the pool.
const RELEASE_BATCH: usize = 256;

impl Pool {
    /// The pool of `n` threads (built once per size, kept for later calls).
    fn get(n: usize) -> PyResult<Arc<Pool>> {
        let mut pools = POOLS.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, p)) = pools.iter().find(|(k, _)| *k == n) {
            return Ok(p.clone());
        }
        let threads = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .thread_name(|i| format!("wirecopy-{i}"))
            .build()
            .map_err(|e| PyValueError::new_err(format!("cannot start {n} threads: {e}")))?;
        let p = Arc::new(Pool {
            threads,
            released: Mutex::default(),
            freed: Condvar::new(),
        });
        pools.push((n, p.clone()));
        Ok(p)
    }

    fn lock(&self) -> MutexGuard<'_, Released> {
        self.released.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Takes the article of a Python object that is gone, to be freed on
    /// the pool's threads (called with the GIL held, so that this is all
    /// the freeing costs the calling thread). Its input's Python object is
    /// let go there too: pyo3 defers that to the next time this module
    /// holds the GIL.
    fn release(self: &Arc<Self>, parsed: Parsed) {
        let mut released = self.lock();
        released.open.push(parsed);
        if released.open.len() >= RELEASE_BATCH {
            self.close_batch(released);
        }
    }

    /// Hands the open batch, if any, to the pool's threads.
    fn flush(self: &Arc<Self>) {
        let released = self.lock();
        if !released.open.is_empty() {
            self.close_batch(released);
        }
    }

    fn close_batch(self: &Arc<Self>, mut released: MutexGuard<'_, Released>) {
        let batch = std::mem::take(&mut released.open);
        released.full.push_back(batch);
        released.freeing += 1;
        drop(released);
        let pool = self.clone();
        self.threads.spawn(move || {
            pool.free_one();
        });
    }

    /// Frees one full batch, if one is left; whether there was one.
    fn free_one(&self) -> bool {
        let Some(batch) = self.lock().full.pop_front() else {
            return false;
        };
        drop(batch);
        let mut released = self.lock();
        released.freeing -= 1;
        if released.freeing == 0 {
            self.freed.notify_all();
        }
        true
    }

    /// Frees what is released so far, with the pool's threads, and waits
    /// for them to be done.
    fn wait_freed(self: &Arc<Self>) {
        self.flush();
        while self.free_one() {}
        let mut released = self.lock();
        while released.freeing > 0 {
            released = self.freed.wait(released).unwrap_or_else(|e| e.into_inner());
        }
    }
}

static POOLS: Mutex<Vec<(usize, Arc<Pool>)>> = Mutex::new(Vec::new());

/// Frees every article released so far, on the calling thread and the
/// pools' threads (those that `parse_many` made on more than one thread are
/// freed by its pool after their Python objects are gone), and lets go of
/// their inputs. Private: `bench.py` calls it so that the freeing is timed
/// with the call that made the articles.
#[pyfunction]
fn _wait_released(py: Python<'_>) {
    let pools: Vec<Arc<Pool>> = POOLS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .map(|(_, p)| p.clone())
        .collect();
    // The inputs let go of on the pool's threads are released when the GIL
    // is taken back.
    py.detach(|| pools.iter().for_each(|p| p.wait_freed()));
}

/// The threads that parse beside the calling thread: `threads - 1` of them
/// (None: one per core the process may use, less the calling thread).
fn helpers(threads: Option<usize>) -> PyResult<Option<Arc<Pool>>> {
    let n = match threads {
        Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => n,
        // Not rayon's count: that would start rayon's global pool, unused.
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    if n == 1 {
        Ok(None)
    } else {
        Pool::get(n - 1).map(Some)
    }
}

/// Parses `source`; on an error the source comes back, so that it is
/// released where the GIL is held.
fn parse_source(source: Source) -> Outcome {
    Parsed::try_new_or_recover(source, Source::parse)
}

/// Reads the inputs of `parse_many` and hands them to `work` in chunks; an
/// input that has no UTF-8 form gets its error, at its index, in `errors`.
fn hand_over(
    texts: &Bound<'_, PyAny>,
    parser: Option<&Arc<ArticleParser>>,
    work: &Work,
    errors: &mut Vec<(usize, PyErr)>,
) -> PyResult<()> {
    let py = texts.py();
    let mut chunk = Vec::with_capacity(CHUNK_PAGES);
    let mut bytes = 0;
    let mut chunks = 0;
    for (i, item) in texts.try_iter()?.enumerate() {
        let item = item?;
        let input = if let Ok(s) = item.cast::<PyString>() {
            match Input::from_str(s) {
                Ok(input) => input,
                Err(e) => {
                    errors.push((i, unencodable(py, s, e)));
                    continue;
                }
            }
        } else if let Ok(b) = item.cast::<PyBytes>() {
            Input::Bytes(b.to_owned().into())
        } else {
            return Err(PyTypeError::new_err(format!(
                "parse_many: item {i} is {}, expected str or bytes",
                item.get_type().name()?
            )));
        };
        bytes += input.len();
        chunk.push(Source {
            input,
            parser: parser.cloned(),
        });
        if chunk.len() == CHUNK_PAGES || bytes >= CHUNK_BYTES {
            let full = std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK_PAGES));
            work.push(chunks, full);
            chunks += 1;
            bytes = 0;
        }
    }
    if !chunk.is_empty() {
        work.push(chunks, chunk);
    }
    Ok(())
}

fn parse_many_with<'py>(
    py: Python<'py>,
    parser: Option<&Arc<ArticleParser>>,
    texts: &Bound<'py, PyAny>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let helpers = helpers(threads)?;
    let work = Arc::new(Work::default());
    if let Some(pool) = &helpers {
        pool.flush();
        for _ in 0..pool.threads.current_num_threads() {
            let work = work.clone();
            pool.threads.spawn(move || work.run());
        }
    }
    let mut errors = Vec::new();
    let start = thread_cpu_ns();
    let read = hand_over(texts, parser, &work, &mut errors);
    READ_CPU_NS.fetch_add(thread_cpu_ns().saturating_sub(start), Ordering::Relaxed);
    if read.is_err() {
        // Not parsed: released here, with the GIL.
        let todo = {
            let mut state = work.lock();
            state.pending -= state.todo.len();
            std::mem::take(&mut state.todo)
        };
        drop(todo);
    }
    let results = py.detach(|| work.finish());
    read?;
    let mut out = Vec::with_capacity(results.len() + errors.len());
    let mut errors = errors.into_iter().peekable();
    let mut results = results.into_iter();
    for i in 0.. {
        if errors.peek().is_some_and(|(at, _)| *at == i) {
            let (_, e) = errors.next().expect("peeked");
            out.push(e.into_value(py).into_bound(py).into_any());
            continue;
        }
        match results.next() {
            Some(Ok(parsed)) => {
                let article = PyArticle {
                    parsed: ManuallyDrop::new(parsed),
                    release: helpers.clone(),
                };
                out.push(Bound::new(py, article)?.into_any());
            }
            Some(Err((_, e))) => {
                out.push(parse_error(py, &e).into_value(py).into_bound(py).into_any())
            }
            None => break,
        }
    }
    PyList::new(py, out)
}

fn parse_input(py: Python<'_>, source: Source) -> PyResult<PyArticle> {
    parse_source(source)
        .map(PyArticle::from)
        .map_err(|(_, e)| parse_error(py, &e))
}

/// Parses one page of syndicated copy with the built-in agencies and portals.
#[pyfunction]
fn parse(text: &Bound<'_, PyString>) -> PyResult<PyArticle> {
    let input = Input::from_str(text)?;
    parse_input(
        text.py(),
        Source {
            input,
            parser: None,
        },
    )
}

/// Parses one page given as bytes (a UTF-8 BOM is skipped; invalid UTF-8 is
/// a ParseError at the first bad byte).
#[pyfunction]
fn parse_bytes(py: Python<'_>, data: PyBackedBytes) -> PyResult<PyArticle> {
    let input = Input::Bytes(data);
    parse_input(
        py,
        Source {
            input,
            parser: None,
        },
    )
}

/// Parses many pages (str or bytes) in parallel on `threads` threads (the
/// calling thread and `threads - 1` others; None: one per core), the GIL
/// released while parsing. Results in input order: an Article, or a
/// ParseError instance (returned, not raised) for a page that is not an
/// article.
#[pyfunction]
#[pyo3(signature = (texts, threads=None))]
fn parse_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    parse_many_with(py, None, texts, threads)
}

// ---------------------------------------------------------------- Parser

/// Reads `item` as a pair: a 2-sequence, or a mapping with keys `a` and `b`.
fn pair<'py>(
    item: &Bound<'py, PyAny>,
    a: &str,
    b: &str,
) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>)> {
    if let Ok(d) = item.cast::<PyDict>() {
        check_keys(d, &[a, b], "")?;
        let get = |k: &str| {
            d.get_item(k)?
                .ok_or_else(|| PyValueError::new_err(format!("missing key {k:?} in {d}")))
        };
        return Ok((get(a)?, get(b)?));
    }
    item.extract::<(Bound<'py, PyAny>, Bound<'py, PyAny>)>()
        .map_err(|_| PyTypeError::new_err(format!("expected a ({a}, {b}) pair, got {item}")))
}

fn check_keys(d: &Bound<'_, PyDict>, allowed: &[&str], what: &str) -> PyResult<()> {
    for k in d.keys() {
        let k: String = k.extract()?;
        if !allowed.contains(&k.as_str()) {
            return Err(PyValueError::new_err(format!(
                "unknown key {k:?}{what}; expected one of {allowed:?}"
            )));
        }
    }
    Ok(())
}

fn strings(v: Option<Bound<'_, PyAny>>) -> PyResult<Vec<String>> {
    match v {
        None => Ok(Vec::new()),
        Some(v) if v.is_instance_of::<PyString>() => Ok(vec![v.extract()?]),
        Some(v) => v.extract(),
    }
}

/// An agency from `"MENA"` or `{"name": "MENA", "aliases": [...]}`.
fn agency(item: &Bound<'_, PyAny>) -> PyResult<Agency> {
    if let Ok(name) = item.extract::<String>() {
        return Ok(Agency::new(name));
    }
    let d = item.cast::<PyDict>().map_err(|_| {
        PyTypeError::new_err(format!(
            "an agency is a name or a dict with 'name' and 'aliases', got {item}"
        ))
    })?;
    check_keys(d, &["name", "aliases"], " in an agency")?;
    let name: String = d
        .get_item("name")?
        .ok_or_else(|| PyValueError::new_err("an agency needs a 'name'"))?
        .extract()?;
    let mut a = Agency::new(name);
    for alias in strings(d.get_item("aliases")?)? {
        a = a.alias(alias);
    }
    Ok(a)
}

const PORTAL_KEYS: [&str; 6] = [
    "name",
    "timestamp_labels",
    "timestamp_formats",
    "disclaimers",
    "desks",
    "related_lists",
];

/// A portal from a dict (keys in [`PORTAL_KEYS`]).
fn portal(item: &Bound<'_, PyAny>) -> PyResult<Portal> {
    let d = item.cast::<PyDict>().map_err(|_| {
        PyTypeError::new_err(format!(
            "a portal is a dict (keys {PORTAL_KEYS:?}), got {item}"
        ))
    })?;
    check_keys(d, &PORTAL_KEYS, " in a portal")?;
    let name: String = d
        .get_item("name")?
        .ok_or_else(|| PyValueError::new_err("a portal needs a 'name'"))?
        .extract()?;
    let mut p = Portal::new(name);
    for label in strings(d.get_item("timestamp_labels")?)? {
        p = p.timestamp_label(label);
    }
    for format in strings(d.get_item("timestamp_formats")?)? {
        p = p.timestamp_format(format);
    }
    for desk in strings(d.get_item("desks")?)? {
        p = p.desk(desk);
    }
    if let Some(list) = d.get_item("disclaimers")? {
        for item in list.try_iter()? {
            let (text, publisher) = pair(&item?, "text", "publisher")?;
            p = p.disclaimer(text.extract::<String>()?, publisher.extract::<String>()?);
        }
    }
    if let Some(list) = d.get_item("related_lists")? {
        for item in list.try_iter()? {
            let (heading, shape) = pair(&item?, "heading", "shape")?;
            let shape = match shape.extract::<String>()?.as_str() {
                "title" => RelatedShape::Title,
                "source_section" => RelatedShape::SourceSection,
                other => {
                    return Err(PyValueError::new_err(format!(
                        "related list shape {other:?}: expected 'title' or 'source_section'"
                    )));
                }
            };
            p = p.related_list(heading.extract::<String>()?, shape);
        }
    }
    Ok(p)
}

/// A parser with the built-in agencies and portals plus the given ones.
#[pyclass(module = "wirecopy", name = "Parser", frozen)]
struct PyParser(Arc<ArticleParser>);

#[pymethods]
impl PyParser {
    #[new]
    #[pyo3(signature = (agencies=None, portals=None, max_size=None))]
    fn new(
        agencies: Option<&Bound<'_, PyAny>>,
        portals: Option<&Bound<'_, PyAny>>,
        max_size: Option<usize>,
    ) -> PyResult<Self> {
        let mut parser = ArticleParser::new();
        if let Some(list) = agencies {
            if list.is_instance_of::<PyString>() {
                return Err(PyTypeError::new_err("agencies is a list, not a str"));
            }
            for item in list.try_iter()? {
                parser = parser.with_agency(agency(&item?)?);
            }
        }
        if let Some(list) = portals {
            for item in list.try_iter()? {
                parser = parser.with_portal(portal(&item?)?);
            }
        }
        if let Some(n) = max_size {
            parser = parser.with_max_size(n);
        }
        Ok(PyParser(Arc::new(parser)))
    }

    /// The size limit in bytes.
    #[getter]
    fn max_size(&self) -> usize {
        self.0.max_size()
    }

    /// Parses one page (str).
    fn parse(&self, text: &Bound<'_, PyString>) -> PyResult<PyArticle> {
        let input = Input::from_str(text)?;
        let parser = Some(self.0.clone());
        parse_input(text.py(), Source { input, parser })
    }

    /// Parses one page given as bytes.
    fn parse_bytes(&self, py: Python<'_>, data: PyBackedBytes) -> PyResult<PyArticle> {
        let input = Input::Bytes(data);
        let parser = Some(self.0.clone());
        parse_input(py, Source { input, parser })
    }

    /// Parses many pages in parallel; see `wirecopy.parse_many`.
    #[pyo3(signature = (texts, threads=None))]
    fn parse_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        parse_many_with(py, Some(&self.0), texts, threads)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let agencies = self.0.agencies().iter().count();
        format!(
            "Parser(agencies=<{}>, portals={}, max_size={})",
            count(agencies, "agency"),
            r_list(py, self.0.portals().iter().map(|p| p.name())),
            self.0.max_size()
        )
    }
}

// ---------------------------------------------------------------- module

#[pymodule]
fn _wirecopy(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("ParseError", py.get_type::<ParseError>())?;
    m.add("DEFAULT_MAX_SIZE", wirecopy::DEFAULT_MAX_SIZE)?;
    m.add_class::<PyArticle>()?;
    m.add_class::<PyTimestamp>()?;
    m.add_class::<PyDateline>()?;
    m.add_class::<PyDatelineDate>()?;
    m.add_class::<PySignoff>()?;
    m.add_class::<PyDisclaimer>()?;
    m.add_class::<PyRelatedLink>()?;
    m.add_class::<PyNotebook>()?;
    m.add_class::<PyEnvelope>()?;
    m.add_class::<PyParser>()?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(_article_from_json, m)?)?;
    m.add_function(wrap_pyfunction!(_cpu_ns, m)?)?;
    m.add_function(wrap_pyfunction!(_wait_released, m)?)?;
    Ok(())
}
