//! One document being annotated: text, spans with stable ids, review state,
//! and its own undo history.
//!
//! Every change goes through [`AnnotatedDoc::apply`] (or the corpus-wide
//! operations of the workspace), which turns it into a batch of invertible
//! [`Op`]s: applying a batch, undoing it and redoing it are the same code.
//! Spans stay sorted by ([`Span::order_key`], id), so undo gives back exactly
//! the same list.

use annotator_schema::{
    Attrs, CharOffset, Document, Label, NumberAttrs, NumberKind, NumberValue, OffsetIndex, Origin, Span,
};

use crate::edit::{Edit, EditError};
use crate::history::{invert, Batch, Change, History, Op};
use crate::span_id::SpanId;

/// A document with its spans, their ids and its history.
#[derive(Clone, Debug, PartialEq)]
pub struct AnnotatedDoc {
    pub id: String,
    pub name: String,
    pub text: String,
    pub reviewed: bool,
    /// Sorted by [`Span::order_key`]; ids are unique.
    pub(crate) spans: Vec<(SpanId, Span)>,
    pub(crate) next_id: u64,
    pub history: History,
    /// The span the person last had focused (restored after a reload).
    pub focus: Option<SpanId>,
    /// Who last corrected it (the labelled JSON's `annotator`).
    pub annotator: Option<String>,
    /// When it was last edited, ISO 8601 (the labelled JSON's `modified`).
    pub modified: Option<String>,
}

impl AnnotatedDoc {
    /// Wraps a labelled document, keeping its spans (and their origins) as they are.
    pub fn from_document(doc: Document) -> Self {
        let mut spans: Vec<(SpanId, Span)> =
            doc.spans.into_iter().enumerate().map(|(i, s)| (SpanId(i as u64), s)).collect();
        annotator_schema::sort::sort_by(&mut spans, |a, b| sort_key(a).cmp(&sort_key(b)));
        let next_id = spans.len() as u64;
        AnnotatedDoc {
            id: doc.id,
            name: doc.name,
            text: doc.text,
            reviewed: doc.reviewed,
            spans,
            next_id,
            history: History::default(),
            focus: None,
            annotator: doc.annotator,
            modified: doc.modified,
        }
    }

    /// A new document from plain text, pre-annotated by the extraction core.
    pub fn annotate(id: &str, name: &str, text: &str) -> Self {
        Self::from_document(annotator_extract::annotate(id, name, text))
    }

    /// [`annotate`](Self::annotate), unless the core's spans of `text`
    /// were `found` already (by the page's extraction worker, in the
    /// labelled JSON's form): then a document with those.
    pub fn annotate_found(id: &str, name: &str, text: &str, found: Option<Vec<Span>>) -> Self {
        let Some(spans) = found else { return Self::annotate(id, name, text) };
        let mut doc = Document::new(id, name, text);
        doc.spans = spans;
        doc.sort_spans();
        Self::from_document(doc)
    }

    /// The labelled document (spans sorted as the guide says).
    pub fn to_document(&self) -> Document {
        Document {
            id: self.id.clone(),
            name: self.name.clone(),
            text: self.text.clone(),
            reviewed: self.reviewed,
            annotator: self.annotator.clone(),
            modified: self.modified.clone(),
            spans: self.spans.iter().map(|(_, s)| s.clone()).collect(),
        }
    }

    /// Spans in order, with their ids.
    pub fn spans(&self) -> &[(SpanId, Span)] {
        &self.spans
    }

    pub fn span(&self, id: SpanId) -> Option<&Span> {
        self.position(id).map(|i| &self.spans[i].1)
    }

    /// Span `id`, which starts at `start` (a layout's mark:
    /// `layout::Node::Mark`), found by a binary search of the list (sorted
    /// by start first) and a look at the few spans starting there.
    /// [`span`](Self::span) scans the list: once per mark, that made
    /// drawing a document quadratic (41,000 marks of a 2 MB text).
    pub fn span_at(&self, id: SpanId, start: CharOffset) -> Option<&Span> {
        let from = self.spans.partition_point(|(_, s)| s.start < start);
        let mut there = self.spans[from..].iter().take_while(|(_, s)| s.start == start);
        there.find(|(i, _)| *i == id).map(|(_, s)| s)
    }

    /// Length of the text in code points.
    pub fn char_len(&self) -> CharOffset {
        OffsetIndex::new(&self.text).char_len()
    }

    /// The next id [`apply`](Self::apply) will give a created span.
    pub fn next_id(&self) -> SpanId {
        SpanId(self.next_id)
    }

    /// Applies one edit as one undoable step; returns the ids it touched
    /// (a created span's id first). An edit that changes nothing (creating a
    /// span that already exists, relabelling to the same label, …) succeeds
    /// without adding an undo step.
    ///
    /// The [`focus`](Self::focus) follows the edit: after a delete, to the
    /// span that followed the deleted one (else the one before it); after
    /// any other edit, to the first span it touched that is still there,
    /// else it stays where it was.
    pub fn apply(&mut self, edit: Edit) -> Result<Vec<SpanId>, EditError> {
        self.step(edit).map(|(touched, _)| touched)
    }

    /// [`apply`](Self::apply), also saying what the step changed (`None`
    /// when the edit changed nothing).
    pub(crate) fn step(&mut self, edit: Edit) -> Result<(Vec<SpanId>, Option<Change>), EditError> {
        let after_delete = match edit {
            Edit::Delete { id } => Some(self.neighbour(id)),
            _ => None,
        };
        let mut batch = Batch::default();
        let touched = self.edit_ops(edit, &mut batch)?;
        let change = self.finish(batch);
        self.focus = match after_delete {
            Some(next) => next,
            None => touched.iter().copied().chain(self.focus).find(|id| self.span(*id).is_some()),
        };
        Ok((touched, change))
    }

    /// The span after `id` in the list, else the one before it.
    fn neighbour(&self, id: SpanId) -> Option<SpanId> {
        let i = self.position(id)?;
        let next = self.spans.get(i + 1).or_else(|| i.checked_sub(1).and_then(|j| self.spans.get(j)));
        next.map(|(n, _)| *n)
    }

    /// Runs the operations of one edit into `batch`; returns the ids it
    /// touched. Changes nothing when it fails.
    fn edit_ops(&mut self, edit: Edit, batch: &mut Batch) -> Result<Vec<SpanId>, EditError> {
        let touched = match edit {
            Edit::Create { start, end, label } => {
                let pieces = self.line_pieces(start, end)?;
                let mut touched = Vec::new();
                for (start, end) in pieces {
                    touched.extend(self.create_one(start, end, label.clone(), batch)?);
                }
                touched
            }
            Edit::Accept { id } => {
                let old = self.existing(id)?.clone();
                if old.origin.unchecked() {
                    self.run(
                        Op::Replace { id, before: old.clone(), after: Span { origin: Origin::Checked, ..old } },
                        batch,
                    );
                }
                vec![id]
            }
            Edit::RenameEntity { label, from, to } => {
                let to = to.trim().to_string();
                if !matches!(label, Label::Person | Label::Place) {
                    return Err(EditError::WrongLabel(label.to_string(), "entity"));
                }
                if to.is_empty() {
                    return Err(EditError::EmptyName);
                }
                let targets: Vec<(SpanId, Attrs)> = self
                    .spans
                    .iter()
                    .filter_map(|(id, s)| match &s.attrs {
                        Attrs::Entity(e) if s.label == label && *e == from => Some((*id, Attrs::Entity(to.clone()))),
                        Attrs::Quote { speaker: Some(sp) } if *sp == from => {
                            Some((*id, Attrs::Quote { speaker: Some(to.clone()) }))
                        }
                        _ => None,
                    })
                    .collect();
                let mut touched = Vec::new();
                for (id, attrs) in targets {
                    touched.extend(self.set_attrs(id, attrs, batch));
                }
                touched
            }
            Edit::Relabel { id, label } => {
                let old = self.existing(id)?.clone();
                if old.label == label {
                    return Ok(vec![id]);
                }
                let attrs = self.attrs_for(&label, old.start, old.end, &old.text);
                let after = Span { label, attrs, origin: Origin::User, ..old };
                self.replace_replacing(id, after, batch)
            }
            Edit::Resize { id, start, end } => {
                let old = self.existing(id)?.clone();
                let text = self.checked_text(start, end)?;
                if old.start == start && old.end == end {
                    return Ok(vec![id]);
                }
                let attrs = self.resized_attrs(&old, start, end, &text);
                let after = Span { start, end, text, attrs, origin: Origin::User, ..old };
                self.replace_replacing(id, after, batch)
            }
            Edit::Delete { id } => {
                let span = self.existing(id)?.clone();
                self.run(Op::Remove { id, span }, batch);
                vec![id]
            }
            Edit::SetSpeaker { id, speaker } => {
                let old = self.existing(id)?;
                if old.label != Label::Quote {
                    return Err(EditError::WrongLabel(old.label.to_string(), "speaker"));
                }
                let speaker = speaker.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
                let speaker = speaker.map(|s| self.entity_named(&s).map_or(s, |(_, entity)| entity));
                self.set_attrs(id, Attrs::Quote { speaker }, batch)
            }
            Edit::SetNumber { id, value, unit } => {
                let old = self.existing(id)?;
                if old.label != Label::Number {
                    return Err(EditError::WrongLabel(old.label.to_string(), "value"));
                }
                let kind = kind_for(old.number().map_or(NumberKind::Cardinal, |n| n.kind), value.as_ref());
                let unit = unit.map(|u| u.trim().to_string()).filter(|u| !u.is_empty());
                self.set_attrs(id, Attrs::Number(NumberAttrs { kind, value, unit }), batch)
            }
            Edit::SetEntity { id, entity } => {
                let old = self.existing(id)?;
                if !matches!(old.label, Label::Person | Label::Place) {
                    return Err(EditError::WrongLabel(old.label.to_string(), "entity"));
                }
                let entity = match entity.trim() {
                    "" => old.text.clone(),
                    e => e.to_string(),
                };
                self.set_attrs(id, Attrs::Entity(entity), batch)
            }
            Edit::SetReviewed(after) => {
                if after != self.reviewed {
                    self.run(Op::Reviewed { before: self.reviewed, after }, batch);
                }
                Vec::new()
            }
        };
        Ok(touched)
    }

    /// Undoes the last step; returns what that changed, `None` when there is
    /// nothing to undo. The focus moves to the last span the step changed
    /// that is still there (none if none is).
    pub fn undo(&mut self) -> Option<Change> {
        let batch = self.history.undo.pop()?;
        for op in batch.iter().rev() {
            self.apply_op(&invert(op));
        }
        let change = Change::of(&batch);
        self.history.redo.push(batch);
        self.focus_last_present(&change);
        Some(change)
    }

    /// Redoes the last undone step; returns what that changed, `None` when
    /// there is nothing to redo. The focus moves as for [`undo`](Self::undo).
    pub fn redo(&mut self) -> Option<Change> {
        let batch = self.history.redo.pop()?;
        for op in &batch {
            self.apply_op(op);
        }
        let change = Change::of(&batch);
        self.history.undo.push(batch);
        self.focus_last_present(&change);
        Some(change)
    }

    fn focus_last_present(&mut self, change: &Change) {
        self.focus = change.spans.iter().rev().copied().find(|id| self.span(*id).is_some());
    }

    /// `start..end` cut at its line breaks (a span never crosses one, as a
    /// QUOTE over several paragraphs is one span per paragraph), each piece
    /// without the whitespace at its ends; pieces of only whitespace go.
    /// One line is checked as it is (a whitespace edge is refused).
    fn line_pieces(&self, start: CharOffset, end: CharOffset) -> Result<Vec<(CharOffset, CharOffset)>, EditError> {
        let ix = OffsetIndex::new(&self.text);
        let len = ix.char_len().0;
        if start >= end || end.0 > len {
            return Err(EditError::BadRange { start: start.0, end: end.0, len });
        }
        let range = ix.slice(start, end).map_err(|_| EditError::BadRange { start: start.0, end: end.0, len })?;
        if !range.contains('\n') {
            return Ok(vec![(start, end)]);
        }
        let mut out = Vec::new();
        let mut at = start.0;
        for line in range.split('\n') {
            let n = line.chars().count();
            let lead = line.chars().take_while(|c| c.is_whitespace()).count();
            let body = line.trim().chars().count();
            if body > 0 {
                out.push((CharOffset(at + lead), CharOffset(at + lead + body)));
            }
            at += n + 1;
        }
        if out.is_empty() {
            return Err(EditError::Whitespace);
        }
        Ok(out)
    }

    /// Creates one span on one line (or returns the identical one there).
    fn create_one(
        &mut self,
        start: CharOffset,
        end: CharOffset,
        label: Label,
        batch: &mut Batch,
    ) -> Result<Vec<SpanId>, EditError> {
        let text = self.checked_text(start, end)?;
        if let Some((id, _)) = self.spans.iter().find(|(_, s)| s.start == start && s.end == end && s.label == label) {
            return Ok(vec![*id]);
        }
        let attrs = self.attrs_for(&label, start, end, &text);
        let span = Span { start, end, label, text, attrs, origin: Origin::User };
        Ok(self.insert_replacing(span, batch))
    }

    /// The next span after `from` (`None`: from the start) in reading
    /// order, or the one before it when `!forward`, that `want` accepts;
    /// wraps around the document's end. `None` when no span is wanted (or
    /// only `from` itself).
    ///
    /// `want` is a `dyn Fn`, and the walk a loop over positions modulo the
    /// length, not a list of positions collected from ranges: each caller's
    /// closure and each range adapter instantiated a copy for the page.
    pub fn next_span(&self, from: Option<SpanId>, forward: bool, want: &dyn Fn(&Span) -> bool) -> Option<SpanId> {
        let n = self.spans.len();
        if n == 0 {
            return None;
        }
        let at = from.and_then(|id| self.position(id));
        // Step k (1..=n) from `at`, or from just before the first span
        // (forward) or just after the last (backward) without one.
        let origin = at.unwrap_or(if forward { n - 1 } else { 0 });
        for k in 1..=n {
            let i = if forward { (origin + k) % n } else { (origin + n - k) % n };
            let (id, s) = &self.spans[i];
            if at != Some(i) && want(s) {
                return Some(*id);
            }
        }
        None
    }

    /// The PERSON (else PLACE: a country speaking) entity that `name`
    /// names: an entity of that name, else the entity of a mention with
    /// that text (`Peskov` → `Dmitry Peskov`), else one whose name differs
    /// only in the case of ASCII letters. `None`: no one in the text (an organisation, say).
    pub fn entity_named(&self, name: &str) -> Option<(Label, String)> {
        let name = name.trim();
        // One pass per label (PERSON first) keeps the best match so far by
        // its rank (0: the entity's name, 1: the mention's text, 2: the
        // name but for ASCII case), the first of a rank winning: plain
        // loops, not an iterator adapter chain built per rank (the page
        // paid for each).
        let mut best: Option<(u8, &Span, &str)> = None;
        for label in [Label::Person, Label::Place] {
            for (_, s) in &self.spans {
                let Some(e) = s.entity().filter(|_| s.label == label) else { continue };
                let rank = if e == name {
                    0
                } else if s.text == name {
                    1
                } else if e.eq_ignore_ascii_case(name) {
                    2
                } else {
                    continue;
                };
                if rank == 0 {
                    return Some((s.label.clone(), e.to_string()));
                }
                if best.is_none_or(|(r, ..)| rank < r) {
                    best = Some((rank, s, e));
                }
            }
        }
        best.map(|(_, s, e)| (s.label.clone(), e.to_string()))
    }

    /// How many automatic spans still wait for a person's check.
    pub fn unchecked(&self) -> usize {
        self.spans.iter().filter(|(_, s)| s.origin.unchecked()).count()
    }

    // ----- building blocks shared with the workspace's corpus-wide edits -----

    /// Where span `id` is in the sorted list.
    fn position(&self, id: SpanId) -> Option<usize> {
        self.spans.iter().position(|(i, _)| *i == id)
    }

    fn existing(&self, id: SpanId) -> Result<&Span, EditError> {
        self.span(id).ok_or(EditError::UnknownSpan(id))
    }

    /// The text of `start..end`, checked to be a valid span range.
    pub(crate) fn checked_text(&self, start: CharOffset, end: CharOffset) -> Result<String, EditError> {
        let ix = OffsetIndex::new(&self.text);
        let len = ix.char_len().0;
        let bad = EditError::BadRange { start: start.0, end: end.0, len };
        if start >= end || end.0 > len {
            return Err(bad);
        }
        let text = ix.slice(start, end).map_err(|_| bad)?;
        let ws = |c: Option<char>| c.is_some_and(char::is_whitespace);
        if ws(text.chars().next()) || ws(text.chars().next_back()) {
            return Err(EditError::Whitespace);
        }
        Ok(text.to_string())
    }

    /// Applies `op` and records it in `batch`.
    pub(crate) fn run(&mut self, op: Op, batch: &mut Batch) {
        self.apply_op(&op);
        batch.ops.push(op);
    }

    /// Ends a step: records the batch (clearing redo) if it changed
    /// anything, and says what it changed.
    pub(crate) fn finish(&mut self, batch: Batch) -> Option<Change> {
        self.drop_stale_focus();
        if batch.ops.is_empty() {
            return None;
        }
        let change = Change { replaced: batch.replaced, ..Change::of(&batch.ops) };
        self.history.undo.push(batch.ops);
        self.history.redo.clear();
        Some(change)
    }

    /// Inserts a new span (with a fresh id), first removing the spans it may
    /// not overlap. Returns the new id, then the removed ones.
    pub(crate) fn insert_replacing(&mut self, span: Span, batch: &mut Batch) -> Vec<SpanId> {
        let id = SpanId(self.next_id);
        self.next_id += 1;
        let mut touched = vec![id];
        touched.extend(self.remove_conflicts(None, &span, batch));
        self.run(Op::Insert { id, span }, batch);
        touched
    }

    /// Replaces span `id` by `after`, first removing the spans `after` may
    /// not overlap. Returns `id`, then the removed ones.
    pub(crate) fn replace_replacing(&mut self, id: SpanId, after: Span, batch: &mut Batch) -> Vec<SpanId> {
        let mut touched = vec![id];
        touched.extend(self.remove_conflicts(Some(id), &after, batch));
        if let Some(before) = self.span(id).cloned() {
            if before != after {
                self.run(Op::Replace { id, before, after }, batch);
            }
        }
        touched
    }

    /// Removes every span (other than `except`) that `span` may not overlap.
    fn remove_conflicts(&mut self, except: Option<SpanId>, span: &Span, batch: &mut Batch) -> Vec<SpanId> {
        let conflicts: Vec<(SpanId, Span)> =
            self.spans.iter().filter(|(i, s)| Some(*i) != except && conflicts(s, span)).cloned().collect();
        conflicts
            .into_iter()
            .map(|(id, span)| {
                batch.replaced.push(span.clone());
                self.run(Op::Remove { id, span }, batch);
                id
            })
            .collect()
    }

    /// Gives span `id` new attributes (and `origin: user`).
    pub(crate) fn set_attrs(&mut self, id: SpanId, attrs: Attrs, batch: &mut Batch) -> Vec<SpanId> {
        if let Some(before) = self.span(id).cloned() {
            let after = Span { attrs, origin: Origin::User, ..before.clone() };
            if after != before {
                self.run(Op::Replace { id, before, after }, batch);
            }
        }
        vec![id]
    }

    /// The spans that `span` would conflict with (excluding `except`).
    pub(crate) fn conflicting(&self, except: Option<SpanId>, span: &Span) -> Vec<SpanId> {
        self.spans.iter().filter(|(i, s)| Some(*i) != except && conflicts(s, span)).map(|(i, _)| *i).collect()
    }

    /// Applies one operation, keeping the spans sorted. Never panics: an
    /// operation that does not fit (a saved history that was tampered with)
    /// is skipped.
    pub(crate) fn apply_op(&mut self, op: &Op) {
        match op {
            Op::Insert { id, span } => self.insert_sorted(*id, span.clone()),
            Op::Remove { id, .. } => {
                if let Some(i) = self.position(*id) {
                    self.spans.remove(i);
                }
            }
            Op::Replace { id, after, .. } => {
                if let Some(i) = self.position(*id) {
                    self.spans.remove(i);
                    self.insert_sorted(*id, after.clone());
                }
            }
            Op::Reviewed { after, .. } => self.reviewed = *after,
        }
    }

    fn insert_sorted(&mut self, id: SpanId, span: Span) {
        let entry = (id, span);
        let at = self.spans.partition_point(|e| sort_key(e) < sort_key(&entry));
        self.spans.insert(at, entry);
        self.next_id = self.next_id.max(id.0 + 1);
    }

    fn drop_stale_focus(&mut self) {
        if let Some(f) = self.focus {
            if self.position(f).is_none() {
                self.focus = None;
            }
        }
    }

    // ----- attributes -----

    /// The attributes a new span with this label and text starts with.
    pub(crate) fn attrs_for(&self, label: &Label, start: CharOffset, end: CharOffset, text: &str) -> Attrs {
        match label {
            Label::Number => Attrs::Number(self.number_attrs(start, end, text)),
            Label::Person | Label::Place => Attrs::Entity(self.entity_for(label, text)),
            Label::Quote => self.quote_attrs(start, end),
            Label::Other(_) => Attrs::None,
        }
    }

    /// Attributes after a resize: an entity that was just the old text and a
    /// NUMBER's parsed value follow the new text; everything else is kept.
    fn resized_attrs(&self, old: &Span, start: CharOffset, end: CharOffset, text: &str) -> Attrs {
        match &old.attrs {
            Attrs::Entity(e) if *e == old.text => Attrs::Entity(self.entity_for(&old.label, text)),
            Attrs::Number(n) => {
                let fresh = self.number_attrs(start, end, text);
                if fresh.value.is_some() {
                    Attrs::Number(fresh)
                } else {
                    Attrs::Number(n.clone())
                }
            }
            other => other.clone(),
        }
    }

    /// The entity a new PERSON/PLACE mention belongs to: that of an existing
    /// mention with the same text, or the full name whose last word this is
    /// (`Peskov` → `Dmitry Peskov`), or the text itself.
    fn entity_for(&self, label: &Label, text: &str) -> String {
        let same_label = || self.spans.iter().map(|(_, s)| s).filter(|s| s.label == *label);
        if let Some(e) = same_label().filter(|s| s.text == text).find_map(|s| s.entity()) {
            return e.to_string();
        }
        let longest_ending_in_text = same_label()
            .filter_map(|s| s.entity())
            .filter(|e| e.len() > text.len() && e.split_whitespace().last() == Some(text))
            .max_by_key(|e| e.len());
        longest_ending_in_text.unwrap_or(text).to_string()
    }

    /// What the extraction core finds for exactly `start..end` with this
    /// label, reading the span's line for context.
    fn extracted(&self, start: CharOffset, end: CharOffset, label: &Label) -> Option<Attrs> {
        let ix = OffsetIndex::new(&self.text);
        let (b0, b1) = (ix.char_to_byte(start).ok()?.0, ix.char_to_byte(end).ok()?.0);
        let line_start = self.text[..b0].rfind('\n').map_or(0, |i| i + 1);
        let line_end = self.text[b1..].find('\n').map_or(self.text.len(), |i| b1 + i);
        annotator_extract::extract(&self.text[line_start..line_end])
            .into_iter()
            .find(|e| e.label == *label && e.start.0 + line_start == b0 && e.end.0 + line_start == b1)
            .map(|e| e.attrs)
    }

    /// A QUOTE's speaker: the one the extraction core finds, or none.
    fn quote_attrs(&self, start: CharOffset, end: CharOffset) -> Attrs {
        match self.extracted(start, end, &Label::Quote) {
            Some(Attrs::Quote { speaker }) => Attrs::Quote { speaker },
            _ => Attrs::Quote { speaker: None },
        }
    }

    /// A NUMBER's attributes: what the extraction core finds for exactly
    /// this text in its line (the context can tell a year from a count),
    /// else what it reads in the text alone
    /// ([`annotator_extract::read_number`]). A text it cannot read as one
    /// number (`lots`, `12 and 13`) gets a cardinal with no value: the value
    /// is unknown, not zero, and the person can set it.
    fn number_attrs(&self, start: CharOffset, end: CharOffset, text: &str) -> NumberAttrs {
        if let Some(Attrs::Number(n)) = self.extracted(start, end, &Label::Number) {
            return n;
        }
        annotator_extract::read_number(text).unwrap_or(NumberAttrs {
            kind: NumberKind::Cardinal,
            value: None,
            unit: None,
        })
    }
}

/// Sort order of the span list: the labelled JSON's order, then id.
fn sort_key(entry: &(SpanId, Span)) -> (CharOffset, std::cmp::Reverse<CharOffset>, &str, SpanId) {
    let (start, end, label) = entry.1.order_key();
    (start, end, label, entry.0)
}

/// Whether two spans may not coexist: they overlap and are both QUOTEs or
/// both something else (a QUOTE may contain or overlap other labels).
pub(crate) fn conflicts(a: &Span, b: &Span) -> bool {
    let overlap = a.start < b.end && b.start < a.end;
    overlap && ((a.label == Label::Quote) == (b.label == Label::Quote))
}

/// The kind that fits a newly set value: ranges and dates say so themselves.
fn kind_for(old: NumberKind, value: Option<&NumberValue>) -> NumberKind {
    match value {
        Some(NumberValue::Range { .. }) => NumberKind::Range,
        Some(NumberValue::Date(_)) => NumberKind::Date,
        Some(NumberValue::Number(_)) if matches!(old, NumberKind::Range | NumberKind::Date) => NumberKind::Cardinal,
        _ => old,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use annotator_schema::Corpus;

    const TEXT: &str = "😀 Dmitry Peskov said: \"Moscow has 12,000 troops.\" Peskov left Kyiv.\nSecond line 42.";

    fn at(text: &str, needle: &str) -> (CharOffset, CharOffset) {
        let b = text.find(needle).expect("needle in text");
        let ix = OffsetIndex::new(text);
        (
            ix.byte_to_char(annotator_schema::ByteOffset(b)).unwrap(),
            ix.byte_to_char(annotator_schema::ByteOffset(b + needle.len())).unwrap(),
        )
    }

    fn blank() -> AnnotatedDoc {
        AnnotatedDoc::from_document(Document::new("d", "d.txt", TEXT))
    }

    fn create(doc: &mut AnnotatedDoc, needle: &str, label: Label) -> SpanId {
        let (start, end) = at(&doc.text.clone(), needle);
        doc.apply(Edit::Create { start, end, label }).unwrap()[0]
    }

    fn labels(doc: &AnnotatedDoc) -> Vec<(String, String)> {
        doc.spans().iter().map(|(_, s)| (s.label.to_string(), s.text.clone())).collect()
    }

    #[test]
    fn span_at_finds_each_span_by_its_start_as_span_does_by_id() {
        let mut doc = AnnotatedDoc::annotate("d", "d", TEXT);
        create(&mut doc, "Second line", Label::Other("X".into()));
        assert!(doc.spans().len() > 4, "a quote, people, places, numbers and a user's span");
        for (id, s) in doc.spans() {
            assert!(doc.span_at(*id, s.start).is_some());
            assert_eq!(doc.span_at(*id, s.start), doc.span(*id));
            assert_eq!(doc.span_at(SpanId(id.0 + 1_000), s.start), None, "another id");
            assert_eq!(doc.span_at(*id, CharOffset(s.start.0 + 1)), None, "another start");
        }
    }

    #[test]
    fn from_document_numbers_spans_from_zero_in_order_and_keeps_origins() {
        let json = r#"[{"text": "Peskov in Kyiv", "spans": [
            {"start": 10, "end": 14, "label": "PLACE", "origin": "user"},
            {"start": 0, "end": 6, "label": "PERSON"}]}]"#;
        let d = Corpus::from_json(json).unwrap().documents.remove(0);
        let doc = AnnotatedDoc::from_document(d.clone());
        let ids: Vec<u64> = doc.spans().iter().map(|(i, _)| i.0).collect();
        assert_eq!(ids, [0, 1]);
        assert_eq!(doc.span(SpanId(1)).unwrap().origin, Origin::User);
        assert_eq!(doc.to_document(), d);
        assert_eq!(doc.next_id(), SpanId(2));
    }

    #[test]
    fn create_marks_the_span_user_made_and_keeps_order() {
        let mut doc = blank();
        create(&mut doc, "Peskov left", Label::Person);
        let id = create(&mut doc, "Dmitry Peskov", Label::Person);
        let s = doc.span(id).unwrap();
        assert_eq!(s.origin, Origin::User);
        assert_eq!(s.text, "Dmitry Peskov");
        assert_eq!(s.start, CharOffset(2), "code points, not bytes: the emoji is one");
        let starts: Vec<usize> = doc.spans().iter().map(|(_, s)| s.start.0).collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn create_refuses_bad_ranges_and_whitespace_edges() {
        let mut doc = blank();
        let len = doc.char_len().0;
        let cases = [
            (3, 3, EditError::BadRange { start: 3, end: 3, len }),
            (5, 2, EditError::BadRange { start: 5, end: 2, len }),
            (0, len + 1, EditError::BadRange { start: 0, end: len + 1, len }),
            (1, 5, EditError::Whitespace),
            (2, 9, EditError::Whitespace),
        ];
        for (start, end, want) in cases {
            let got = doc.apply(Edit::Create { start: CharOffset(start), end: CharOffset(end), label: Label::Person });
            assert_eq!(got, Err(want), "{start}..{end}");
        }
        assert!(doc.spans().is_empty() && !doc.history.can_undo());
    }

    #[test]
    fn creating_an_identical_span_is_a_no_op_returning_its_id() {
        let mut doc = blank();
        let id = create(&mut doc, "Kyiv", Label::Place);
        let again = create(&mut doc, "Kyiv", Label::Place);
        assert_eq!(id, again);
        assert_eq!(doc.spans().len(), 1);
        assert_eq!(doc.history.undo.len(), 1);
    }

    #[test]
    fn overlapping_non_quote_spans_are_replaced_in_one_step() {
        let mut doc = blank();
        let p = create(&mut doc, "Peskov said", Label::Person);
        let d = create(&mut doc, "Dmitry", Label::Person);
        let (start, end) = at(TEXT, "Dmitry Peskov");
        let touched = doc.apply(Edit::Create { start, end, label: Label::Place }).unwrap();
        assert_eq!(&touched[1..], &[d, p], "removed spans are reported after the new one");
        assert_eq!(labels(&doc), [("PLACE".into(), "Dmitry Peskov".into())]);
        assert!(doc.undo().is_some());
        assert_eq!(labels(&doc), [("PERSON".into(), "Dmitry".into()), ("PERSON".into(), "Peskov said".into())]);
    }

    #[test]
    fn a_quote_may_contain_other_labels_but_not_another_quote() {
        let mut doc = blank();
        create(&mut doc, "Moscow", Label::Place);
        create(&mut doc, "12,000", Label::Number);
        create(&mut doc, "\"Moscow has", Label::Quote);
        create(&mut doc, "\"Moscow has 12,000 troops.\"", Label::Quote);
        assert_eq!(
            labels(&doc),
            [
                ("QUOTE".into(), "\"Moscow has 12,000 troops.\"".into()),
                ("PLACE".into(), "Moscow".into()),
                ("NUMBER".into(), "12,000".into()),
            ]
        );
    }

    #[test]
    fn same_edges_with_another_label_replaces_the_span() {
        let mut doc = blank();
        create(&mut doc, "Kyiv", Label::Person);
        create(&mut doc, "Kyiv", Label::Place);
        assert_eq!(labels(&doc), [("PLACE".into(), "Kyiv".into())]);
    }

    #[test]
    fn new_spans_get_attributes_fitting_their_label() {
        let mut doc = blank();
        let full = create(&mut doc, "Dmitry Peskov", Label::Person);
        let short = create(&mut doc, "Peskov left", Label::Person);
        doc.apply(Edit::Delete { id: short }).unwrap();
        let (s, _) = at(TEXT, "Peskov left");
        let short = doc.apply(Edit::Create { start: s, end: CharOffset(s.0 + 6), label: Label::Person }).unwrap()[0];
        let n = create(&mut doc, "12,000", Label::Number);
        let q = create(&mut doc, "\"Moscow has 12,000 troops.\"", Label::Quote);
        let kyiv = create(&mut doc, "Kyiv", Label::Place);
        let c = create(&mut doc, "Second", Label::Other("ORG".into()));
        assert_eq!(doc.span(full).unwrap().entity(), Some("Dmitry Peskov"));
        assert_eq!(doc.span(short).unwrap().entity(), Some("Dmitry Peskov"), "last word of a known entity");
        assert_eq!(doc.span(n).unwrap().number().unwrap().value, Some(NumberValue::Number(12000.0)));
        assert!(matches!(doc.span(q).unwrap().attrs, Attrs::Quote { .. }), "a speaker if the extractor finds one");
        assert_eq!(doc.span(kyiv).unwrap().entity(), Some("Kyiv"));
        assert_eq!(doc.span(c).unwrap().attrs, Attrs::None);
    }

    #[test]
    fn a_mention_with_the_same_text_reuses_the_entity() {
        let mut doc = AnnotatedDoc::from_document(Document::new("d", "d", "Kyiv and Kyiv"));
        let first =
            doc.apply(Edit::Create { start: CharOffset(0), end: CharOffset(4), label: Label::Place }).unwrap()[0];
        doc.apply(Edit::SetEntity { id: first, entity: "Kyiv city".into() }).unwrap();
        let second =
            doc.apply(Edit::Create { start: CharOffset(9), end: CharOffset(13), label: Label::Place }).unwrap()[0];
        assert_eq!(doc.span(second).unwrap().entity(), Some("Kyiv city"));
    }

    #[test]
    fn a_created_number_reads_its_text_as_the_extractor_does() {
        let text = "It cost 2.09 billion, $1.4B or 25 percent; lots; 12 and 13.";
        let mut doc = AnnotatedDoc::from_document(Document::new("d", "d", text));
        let cases: &[(&str, NumberKind, Option<f64>, Option<&str>)] = &[
            ("2.09 billion", NumberKind::Cardinal, Some(2_090_000_000.0), None),
            ("$1.4B", NumberKind::Money, Some(1.4e9), Some("USD")),
            ("25 percent", NumberKind::Percent, Some(25.0), Some("percent")),
            ("lots", NumberKind::Cardinal, None, None),
            ("12 and 13", NumberKind::Cardinal, None, None),
        ];
        for (needle, kind, value, unit) in cases {
            let id = create(&mut doc, needle, Label::Number);
            let n = doc.span(id).unwrap().number().unwrap().clone();
            assert_eq!(
                (n.kind, n.value, n.unit.as_deref()),
                (*kind, value.map(NumberValue::Number), *unit),
                "{needle}"
            );
        }
    }

    #[test]
    fn relabel_resets_attributes_and_keeps_the_id() {
        let mut doc = blank();
        let id = create(&mut doc, "12,000", Label::Person);
        assert_eq!(doc.apply(Edit::Relabel { id, label: Label::Number }).unwrap(), [id]);
        let s = doc.span(id).unwrap();
        assert_eq!(s.label, Label::Number);
        assert_eq!(s.number().unwrap().value, Some(NumberValue::Number(12000.0)));
    }

    #[test]
    fn relabel_into_a_conflict_removes_the_other_span() {
        let mut doc = blank();
        let q = create(&mut doc, "\"Moscow has 12,000 troops.\"", Label::Quote);
        let m = create(&mut doc, "Moscow", Label::Place);
        assert_eq!(doc.apply(Edit::Relabel { id: m, label: Label::Quote }).unwrap(), [m, q]);
        assert_eq!(labels(&doc), [("QUOTE".into(), "Moscow".into())]);
        doc.undo();
        assert_eq!(doc.spans().len(), 2);
    }

    #[test]
    fn resize_updates_text_and_derived_attributes() {
        let mut doc = blank();
        let id = create(&mut doc, "12,000 troops", Label::Number);
        let (start, end) = at(TEXT, "12,000");
        doc.apply(Edit::Resize { id, start, end }).unwrap();
        let s = doc.span(id).unwrap();
        assert_eq!(s.text, "12,000");
        assert_eq!(s.number().unwrap().value, Some(NumberValue::Number(12000.0)));
        let p = create(&mut doc, "Dmitry", Label::Person);
        let (start, end) = at(TEXT, "Dmitry Peskov");
        doc.apply(Edit::Resize { id: p, start, end }).unwrap();
        assert_eq!(doc.span(p).unwrap().entity(), Some("Dmitry Peskov"));
        let (start, _) = at(TEXT, " Peskov said");
        assert_eq!(doc.apply(Edit::Resize { id: p, start, end }), Err(EditError::Whitespace));
        assert_eq!(doc.apply(Edit::Resize { id: SpanId(99), start, end }), Err(EditError::UnknownSpan(SpanId(99))));
    }

    #[test]
    fn attribute_edits_check_the_label() {
        let mut doc = blank();
        let p = create(&mut doc, "Kyiv", Label::Place);
        let q = create(&mut doc, "\"Moscow has 12,000 troops.\"", Label::Quote);
        let n = create(&mut doc, "42", Label::Number);
        let wrong = |r: Result<Vec<SpanId>, EditError>| matches!(r, Err(EditError::WrongLabel(..)));
        assert!(wrong(doc.apply(Edit::SetSpeaker { id: p, speaker: None })));
        assert!(wrong(doc.apply(Edit::SetNumber { id: q, value: None, unit: None })));
        assert!(wrong(doc.apply(Edit::SetEntity { id: n, entity: "x".into() })));
        doc.apply(Edit::SetSpeaker { id: q, speaker: Some(" Dmitry Peskov ".into()) }).unwrap();
        assert_eq!(doc.span(q).unwrap().speaker(), Some("Dmitry Peskov"));
        doc.apply(Edit::SetSpeaker { id: q, speaker: Some("Reuters".into()) }).unwrap();
        assert_eq!(doc.span(q).unwrap().speaker(), Some("Reuters"), "free text for someone not in the text");
        let range = NumberValue::Range { min: 2.0, max: 3.0 };
        doc.apply(Edit::SetNumber { id: n, value: Some(range.clone()), unit: Some("day".into()) }).unwrap();
        let attrs = doc.span(n).unwrap().number().unwrap().clone();
        assert_eq!(attrs, NumberAttrs { kind: NumberKind::Range, value: Some(range), unit: Some("day".into()) });
        doc.apply(Edit::SetEntity { id: p, entity: "Kyiv, Ukraine".into() }).unwrap();
        assert_eq!(doc.span(p).unwrap().entity(), Some("Kyiv, Ukraine"));
    }

    #[test]
    fn auto_spans_become_user_spans_when_changed() {
        let json = r#"[{"text": "They counted 41 boats.", "spans": [
            {"start": 13, "end": 15, "label": "NUMBER", "kind": "cardinal", "value": 41, "unit": null}]}]"#;
        let mut doc = AnnotatedDoc::from_document(Corpus::from_json(json).unwrap().documents.remove(0));
        let (id, s) = doc.spans()[0].clone();
        assert_eq!(s.origin, Origin::Auto);
        doc.apply(Edit::SetNumber { id, value: Some(NumberValue::Number(41.0)), unit: Some("boat".into()) }).unwrap();
        assert_eq!(doc.span(id).unwrap().origin, Origin::User);
    }

    #[test]
    fn reviewed_is_undoable_and_no_ops_add_no_step() {
        let mut doc = blank();
        doc.apply(Edit::SetReviewed(false)).unwrap();
        assert!(!doc.history.can_undo());
        doc.apply(Edit::SetReviewed(true)).unwrap();
        assert!(doc.reviewed);
        assert!(doc.undo().is_some());
        assert!(!doc.reviewed);
        assert!(doc.redo().is_some());
        assert!(doc.reviewed);
        assert!(doc.redo().is_none());
    }

    #[test]
    fn a_new_edit_clears_redo_and_ids_are_never_reused() {
        let mut doc = blank();
        let a = create(&mut doc, "Kyiv", Label::Place);
        doc.undo();
        assert!(doc.history.can_redo());
        let b = create(&mut doc, "Moscow", Label::Place);
        assert!(!doc.history.can_redo());
        assert_ne!(a, b);
    }

    #[test]
    fn focus_on_a_deleted_span_is_dropped() {
        let mut doc = blank();
        let a = create(&mut doc, "Kyiv", Label::Place);
        doc.focus = Some(a);
        doc.apply(Edit::Delete { id: a }).unwrap();
        assert_eq!(doc.focus, None);
    }

    #[test]
    fn a_selection_over_a_line_break_becomes_one_span_per_line() {
        let mut doc = AnnotatedDoc::from_document(Document::new("d", "d", "\"We will win,\n  said he\" today.\n\nEnd"));
        // From the opening mark to the closing one, over the break.
        let touched =
            doc.apply(Edit::Create { start: CharOffset(0), end: CharOffset(24), label: Label::Quote }).unwrap();
        assert_eq!(touched.len(), 2);
        assert_eq!(labels(&doc), [("QUOTE".into(), "\"We will win,".into()), ("QUOTE".into(), "said he\"".into())]);
        assert_eq!(doc.focus, Some(touched[0]), "the first piece has the focus");
        assert!(doc.undo().is_some());
        assert!(doc.spans().is_empty(), "one step for every piece");
        let blank = Edit::Create { start: CharOffset(31), end: CharOffset(33), label: Label::Person };
        assert_eq!(doc.apply(blank), Err(EditError::Whitespace), "only line breaks and spaces");
    }

    #[test]
    fn a_replacing_edit_says_what_it_replaced_an_undo_does_not() {
        let mut doc = blank();
        create(&mut doc, "Dmitry", Label::Person);
        create(&mut doc, "Peskov said", Label::Person);
        let (start, end) = at(TEXT, "Dmitry Peskov");
        let (_, change) = doc.step(Edit::Create { start, end, label: Label::Place }).unwrap();
        let replaced: Vec<&str> = change.as_ref().unwrap().replaced.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(replaced, ["Dmitry", "Peskov said"]);
        assert!(doc.undo().unwrap().replaced.is_empty());
        let (_, plain) =
            doc.step(Edit::Create { start: at(TEXT, "Kyiv").0, end: at(TEXT, "Kyiv").1, label: Label::Place }).unwrap();
        assert!(plain.unwrap().replaced.is_empty(), "nothing overlapped");
    }

    #[test]
    fn accepting_a_suggestion_checks_it_and_keeps_it_automatic() {
        let json = r#"[{"text": "Peskov in Kyiv", "spans": [
            {"start": 0, "end": 6, "label": "PERSON"}, {"start": 10, "end": 14, "label": "PLACE", "origin": "user"}]}]"#;
        let mut doc = AnnotatedDoc::from_document(Corpus::from_json(json).unwrap().documents.remove(0));
        let (auto, user) = (doc.spans()[0].0, doc.spans()[1].0);
        assert_eq!(doc.unchecked(), 1);
        doc.apply(Edit::Accept { id: auto }).unwrap();
        assert_eq!(doc.span(auto).unwrap().origin, Origin::Checked);
        assert_eq!(doc.unchecked(), 0);
        let steps = doc.history.undo.len();
        doc.apply(Edit::Accept { id: user }).unwrap();
        doc.apply(Edit::Accept { id: auto }).unwrap();
        assert_eq!(doc.history.undo.len(), steps, "a user span or a checked one is left as it is");
        assert_eq!(doc.span(user).unwrap().origin, Origin::User);
        doc.undo();
        assert_eq!(doc.span(auto).unwrap().origin, Origin::Auto, "undoable");
        doc.redo();
        doc.apply(Edit::Relabel { id: auto, label: Label::Place }).unwrap();
        assert_eq!(doc.span(auto).unwrap().origin, Origin::User, "a change makes it the person's");
    }

    #[test]
    fn next_span_walks_in_reading_order_and_wraps() {
        let mut doc = blank();
        let kyiv = create(&mut doc, "Kyiv", Label::Place);
        let d = create(&mut doc, "Dmitry Peskov", Label::Person);
        let n = create(&mut doc, "42", Label::Number);
        let p = create(&mut doc, "Peskov left", Label::Person);
        let person = |s: &Span| s.label == Label::Person;
        let cases = [
            (None, true, Some(d)),
            (Some(d), true, Some(p)),
            (Some(p), true, Some(d)),
            (Some(d), false, Some(p)),
            (Some(n), true, Some(d)),
            (Some(kyiv), false, Some(p)),
            (None, false, Some(p)),
        ];
        for (from, forward, want) in cases {
            assert_eq!(doc.next_span(from, forward, &person), want, "{from:?} {forward}");
        }
        let number = |s: &Span| s.label == Label::Number;
        assert_eq!(doc.next_span(Some(n), true, &number), None, "only itself");
        assert_eq!(doc.next_span(Some(n), false, &number), None, "only itself");
        assert_eq!(doc.next_span(None, false, &number), Some(n), "from the end, backward");
        assert_eq!(doc.next_span(None, true, &|s| s.label == Label::Quote), None);
    }

    #[test]
    fn a_speaker_links_to_the_entity_it_names() {
        let json = r#"[{"text": "Peskov met Dmitry Peskov in Kyiv; Jordan flew to Jordan", "spans": [
            {"start": 0, "end": 6, "label": "PERSON", "entity": "Dmitry Peskov"},
            {"start": 11, "end": 24, "label": "PERSON", "entity": "Dmitry Peskov"},
            {"start": 28, "end": 32, "label": "PLACE", "entity": "Kyiv"},
            {"start": 34, "end": 40, "label": "PERSON", "entity": "Michael Jordan"},
            {"start": 49, "end": 55, "label": "PLACE", "entity": "Jordan"}]}]"#;
        let doc = AnnotatedDoc::from_document(Corpus::from_json(json).unwrap().documents.remove(0));
        let cases: &[(&str, Option<(Label, &str)>)] = &[
            ("Dmitry Peskov", Some((Label::Person, "Dmitry Peskov"))),
            (" Peskov ", Some((Label::Person, "Dmitry Peskov"))),
            ("dmitry peskov", Some((Label::Person, "Dmitry Peskov"))),
            ("Kyiv", Some((Label::Place, "Kyiv"))),
            // An entity's name before a PERSON mention's text, even a PLACE's.
            ("Jordan", Some((Label::Place, "Jordan"))),
            ("jordan", Some((Label::Place, "Jordan"))),
            ("Reuters", None),
        ];
        for (typed, want) in cases {
            assert_eq!(doc.entity_named(typed), want.clone().map(|(l, e)| (l, e.to_string())), "{typed}");
        }
    }

    #[test]
    fn renaming_an_entity_renames_its_mentions_and_its_quotes_speaker() {
        let json = r#"[{"text": "Peskov said \"no\". Dmitry Peskov. \"yes\" Kyiv", "spans": [
            {"start": 0, "end": 6, "label": "PERSON", "entity": "Dmitry Peskov"},
            {"start": 12, "end": 16, "label": "QUOTE", "speaker": "Dmitry Peskov"},
            {"start": 18, "end": 31, "label": "PERSON", "entity": "Dmitry Peskov"},
            {"start": 33, "end": 38, "label": "QUOTE", "speaker": "Kyiv"},
            {"start": 39, "end": 43, "label": "PLACE", "entity": "Kyiv"}]}]"#;
        let mut doc = AnnotatedDoc::from_document(Corpus::from_json(json).unwrap().documents.remove(0));
        let rename = |label, from: &str, to: &str| Edit::RenameEntity { label, from: from.into(), to: to.into() };
        let touched = doc.apply(rename(Label::Person, "Dmitry Peskov", " Dmitry S. Peskov ")).unwrap();
        assert_eq!(touched.len(), 3);
        let attrs: Vec<String> =
            doc.spans().iter().map(|(_, s)| s.entity().or(s.speaker()).unwrap_or("-").to_string()).collect();
        assert_eq!(attrs, ["Dmitry S. Peskov", "Dmitry S. Peskov", "Dmitry S. Peskov", "Kyiv", "Kyiv"]);
        doc.apply(rename(Label::Place, "Kyiv", "Kyiv city")).unwrap();
        assert_eq!(doc.spans()[3].1.speaker(), Some("Kyiv city"), "a country or city speaking follows too");
        assert_eq!(doc.apply(rename(Label::Place, "Kyiv city", " ")), Err(EditError::EmptyName));
        assert!(matches!(doc.apply(rename(Label::Number, "x", "y")), Err(EditError::WrongLabel(..))));
        doc.undo();
        doc.undo();
        assert_eq!(doc.spans()[0].1.entity(), Some("Dmitry Peskov"), "one step each");
    }

    /// A small deterministic generator (no extra dependency needed here).
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }
    }

    fn random_edit(doc: &AnnotatedDoc, rng: &mut Rng) -> Edit {
        let len = doc.char_len().0;
        let labels = [Label::Person, Label::Place, Label::Number, Label::Quote, Label::Other("ORG".into())];
        let label = labels[rng.below(labels.len())].clone();
        let pick = |rng: &mut Rng| doc.spans().get(rng.below(doc.spans().len())).map(|(i, _)| *i);
        let start = rng.below(len);
        let end = start + 1 + rng.below(12);
        let (start, end) = (CharOffset(start), CharOffset(end));
        match (rng.below(8), pick(rng)) {
            (0..=2, _) | (_, None) => Edit::Create { start, end, label },
            (3, Some(id)) => Edit::Relabel { id, label },
            (4, Some(id)) => Edit::Resize { id, start, end },
            (5, Some(id)) => Edit::Delete { id },
            (6, Some(id)) => Edit::SetSpeaker { id, speaker: Some("X".into()) },
            (_, Some(id)) => match rng.below(3) {
                0 => Edit::SetReviewed(rng.below(2) == 0),
                1 => Edit::SetEntity { id, entity: "E".into() },
                _ => Edit::SetNumber { id, value: Some(NumberValue::Number(1.0)), unit: None },
            },
        }
    }

    fn assert_invariants(doc: &AnnotatedDoc) {
        let spans = doc.spans();
        assert!(spans.windows(2).all(|w| sort_key(&w[0]) < sort_key(&w[1])), "sorted, unique");
        for (i, (_, a)) in spans.iter().enumerate() {
            assert_eq!(doc.checked_text(a.start, a.end).as_deref(), Ok(a.text.as_str()));
            for (_, b) in &spans[i + 1..] {
                assert!(!conflicts(a, b), "{a:?} / {b:?}");
            }
        }
    }

    #[test]
    fn random_edits_then_undo_all_gives_back_the_start_and_redo_all_the_end() {
        let start = AnnotatedDoc::from_document(Document::new("d", "d", TEXT.repeat(3)));
        for seed in 1..40u64 {
            let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let mut doc = start.clone();
            for _ in 0..40 {
                let edit = random_edit(&doc, &mut rng);
                let _ = doc.apply(edit);
                assert_invariants(&doc);
            }
            let end = doc.to_document();
            let steps = doc.history.undo.len();
            for _ in 0..steps {
                assert!(doc.undo().is_some());
                assert_invariants(&doc);
            }
            assert!(doc.undo().is_none());
            assert_eq!(doc.spans(), start.spans(), "seed {seed}");
            assert_eq!(doc.to_document(), start.to_document());
            for _ in 0..steps {
                assert!(doc.redo().is_some());
            }
            assert_eq!(doc.to_document(), end, "seed {seed}");
        }
    }
}
