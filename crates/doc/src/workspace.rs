//! The corpus being annotated: its documents, the current one, user-added
//! labels, and what reaches across documents (apply to all, progress, export).

use annotator_formats::{ExportError, Format, OutFile};
use annotator_schema::{ByteOffset, CharOffset, Corpus, Document, Label, LabelError, OffsetIndex, Origin, Span};

use crate::document::AnnotatedDoc;
use crate::edit::{Edit, EditError, Scope};
use crate::file_name::{self, file_stem, CalendarDate};
use crate::history::{Batch, Change, Op};
use crate::import::{self, ImportError, Loaded};
use crate::span_id::SpanId;

/// How long typing in the *Article text* area must pause before its text
/// goes to the draft: long enough not to re-annotate a long article at
/// every key, short enough to feel live.
pub const TYPING_PAUSE: std::time::Duration = std::time::Duration::from_millis(150);

/// How long the *Article text* area waits, after an `input` event whose
/// `InputEvent.inputType` is `input_type`, before its text goes to the
/// draft ([`Workspace::sync_draft`]): a paste or a drop brings a whole text
/// at once, so it is annotated at once (`None`); typing waits for
/// [`TYPING_PAUSE`].
pub fn draft_delay(input_type: &str) -> Option<std::time::Duration> {
    match input_type {
        "insertFromPaste" | "insertFromPasteAsQuotation" | "insertFromDrop" => None,
        _ => Some(TYPING_PAUSE),
    }
}

/// Label counts and review state of one document, for the corpus list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocStats {
    pub person: usize,
    pub place: usize,
    pub number: usize,
    pub quote: usize,
    /// Spans with user-added labels.
    pub other: usize,
    /// Automatic spans nobody has checked yet.
    pub unchecked: usize,
    pub reviewed: bool,
}

/// What to do with a file's document whose text is already in the corpus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Duplicates {
    /// The document in the corpus takes the file's name and spans (its id
    /// stays).
    Replace,
    /// The file's document is not added.
    Skip,
    /// Both stay (the new one gets an id of its own).
    KeepBoth,
}

/// Why a label could not be renamed, recoloured or deleted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LabelChangeError {
    #[error(transparent)]
    BadName(#[from] LabelError),
    #[error("{0} is a built-in label: it can be recoloured, not renamed or deleted")]
    BuiltIn(Label),
    #[error("a label {0} exists already")]
    Exists(Label),
    #[error("there is no label {0}")]
    Unknown(Label),
    #[error("{0:?} is not a colour like #ffd08a")]
    BadColor(String),
}

/// One document an operation changed, and what changed in it.
#[derive(Clone, Debug, PartialEq)]
pub struct DocChange {
    /// Index into [`Workspace::docs`].
    pub doc: usize,
    pub change: Change,
}

/// What a workspace operation did, so that the page redraws, focuses and
/// saves just that (and nothing has to guess what changed).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    /// The documents it changed, in index order, with what changed in each;
    /// empty when it changed nothing.
    pub changed: Vec<DocChange>,
    /// Where the focus is now in the document operated on (that document's
    /// [`AnnotatedDoc::focus`]).
    pub focus: Option<SpanId>,
}

impl Outcome {
    /// What changed in document `doc`, if it changed.
    pub fn change_in(&self, doc: usize) -> Option<&Change> {
        self.changed.iter().find(|c| c.doc == doc).map(|c| &c.change)
    }
}

/// What an apply-to-all or remove-everywhere did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Corrected {
    /// How many spans it created or changed (apply to all) or removed
    /// (remove everywhere).
    pub count: usize,
    pub outcome: Outcome,
}

/// Everything the person is working on; what is saved and restored.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    pub docs: Vec<AnnotatedDoc>,
    /// Index into `docs` of the document on screen (0 when empty).
    pub current: usize,
    /// Labels the person added, in key order after the built-in four
    /// (key `5` is the first of these).
    pub custom_labels: Vec<Label>,
    /// Colours the person chose for labels (`#rrggbb`), in the order set.
    pub label_colors: Vec<(Label, String)>,
    /// Who is annotating (set once; stamped on every document they edit).
    pub annotator: Option<String>,
    /// Documents removed in this session, most recent last, with the index
    /// each had: [`restore_removed`](Self::restore_removed) puts them back.
    pub trash: Vec<(usize, AnnotatedDoc)>,
}

impl Workspace {
    /// Adds pasted text as a new, pre-annotated document and makes it current.
    /// Ids are unique within the workspace. Returns its index.
    ///
    /// Pasted documents get the ids `doc-1`, `doc-2`, …; an empty `name`
    /// becomes the id.
    pub fn add_text(&mut self, name: &str, text: &str) -> Result<usize, ImportError> {
        self.add_text_found(name, text, None)
    }

    /// [`add_text`](Self::add_text), with the spans of `text` when they
    /// were `found` already ([`AnnotatedDoc::annotate_found`]).
    fn add_text_found(&mut self, name: &str, text: &str, found: Option<Vec<Span>>) -> Result<usize, ImportError> {
        import::check_text(name, text)?;
        let id = self.pasted_id();
        let name = if name.trim().is_empty() { id.clone() } else { name.trim().to_string() };
        self.docs.push(AnnotatedDoc::annotate_found(&id, &name, text, found));
        self.current = self.docs.len() - 1;
        Ok(self.current)
    }

    /// Feeds the text of the page's *Article text* area to its draft: the
    /// document that area is feeding, `draft` (its id; `None` before the
    /// first text and after *Add document*). Returns the draft's index, now
    /// current, or `None` for blank text (nothing changes).
    ///
    /// * The same text as the draft: the draft just becomes current.
    /// * A draft the person has not edited (nothing to undo or redo): its
    ///   text is replaced and annotated afresh, under the same id.
    /// * Otherwise (no draft, or one with edits to keep): a new document.
    ///
    /// Either way the document is named after the text ([`pasted_name`]).
    /// Text refused by [`import::check_text`] changes nothing.
    pub fn sync_draft(&mut self, draft: Option<&str>, text: &str) -> Result<Option<usize>, ImportError> {
        self.sync_draft_found(draft, text, None)
    }

    /// [`sync_draft`](Self::sync_draft), with the spans of `text` when they
    /// were `found` already (by the page's extraction worker:
    /// [`AnnotatedDoc::annotate_found`]).
    pub fn sync_draft_found(
        &mut self,
        draft: Option<&str>,
        text: &str,
        found: Option<Vec<Span>>,
    ) -> Result<Option<usize>, ImportError> {
        if text.trim().is_empty() {
            return Ok(None);
        }
        import::check_text(PASTED_TEXT, text)?;
        let name = pasted_name(text);
        let slot = draft.and_then(|id| self.find_doc(id));
        let at = match slot.and_then(|i| self.docs.get_mut(i).map(|d| (i, d))) {
            Some((i, d)) if d.text == text => i,
            Some((i, d)) if !d.history.can_undo() && !d.history.can_redo() => {
                *d = AnnotatedDoc::annotate_found(&d.id, &name, text, found);
                i
            }
            _ => self.add_text_found(&name, text, found)?,
        };
        self.current = at;
        Ok(Some(at))
    }

    /// Adds what several files held, in order (see
    /// [`add_loaded`](Self::add_loaded)); the first document added becomes
    /// current. Returns the indexes added.
    pub fn add_all(&mut self, loaded: Vec<Loaded>) -> Vec<usize> {
        self.add_all_resolving(loaded, Duplicates::KeepBoth)
    }

    /// How many of the documents in `loaded` have a text that a document
    /// of the corpus has already (the page asks what to do with them).
    pub fn duplicates(&self, loaded: &[Loaded]) -> usize {
        let known = |t: &str| self.docs.iter().any(|d| d.text == t);
        loaded
            .iter()
            .map(|l| match l {
                Loaded::Text { text, .. } => usize::from(known(text)),
                Loaded::Labelled(docs) => docs.iter().filter(|d| known(&d.text)).count(),
            })
            .sum()
    }

    /// [`add_all`](Self::add_all), doing with each document whose text is
    /// already in the corpus what `choice` says. Returns the indexes added
    /// or replaced; the first becomes current.
    pub fn add_all_resolving(&mut self, loaded: Vec<Loaded>, choice: Duplicates) -> Vec<usize> {
        let mut out = Vec::new();
        for l in loaded {
            let docs = match l {
                Loaded::Text { name, text } => vec![Err((name, text))],
                Loaded::Labelled(docs) => docs.into_iter().map(Ok).collect(),
            };
            for d in docs {
                let text = match &d {
                    Ok(doc) => doc.text.as_str(),
                    Err((_, text)) => text.as_str(),
                };
                let same = self.docs.iter().position(|x| x.text == text);
                match (same, choice) {
                    (Some(_), Duplicates::Skip) => {}
                    (Some(i), Duplicates::Replace) => {
                        let id = self.docs[i].id.clone();
                        self.docs[i] = self.document_from(d, Some(id));
                        out.push(i);
                    }
                    _ => {
                        let doc = self.document_from(d, None);
                        self.docs.push(doc);
                        out.push(self.docs.len() - 1);
                    }
                }
            }
        }
        if let Some(&first) = out.first() {
            self.current = first;
        }
        out
    }

    /// A document to add: labelled (kept as it is) or a text file's
    /// (annotated), with id `id` or a fresh one from its name.
    fn document_from(&mut self, d: Result<Document, (String, String)>, id: Option<String>) -> AnnotatedDoc {
        match d {
            Err((name, text)) => {
                let id = id.unwrap_or_else(|| self.unique_id(file_stem(&name)));
                AnnotatedDoc::annotate(&id, &name, &text)
            }
            Ok(mut d) => {
                let base = if d.id.trim().is_empty() { file_stem(&d.name).to_string() } else { d.id.clone() };
                d.id = id.unwrap_or_else(|| self.unique_id(&base));
                for s in &d.spans {
                    if let Label::Other(_) = s.label {
                        self.add_label(s.label.clone());
                    }
                }
                AnnotatedDoc::from_document(d)
            }
        }
    }

    /// Adds what a file held (see [`crate::import::load_file`]); labelled JSON
    /// keeps its spans, origins and review state. The first added document
    /// becomes current. Returns the indexes added.
    ///
    /// A text file's id is its file stem; ids already taken get a `-2`, `-3`…
    /// suffix. User-added labels found in labelled JSON join
    /// [`custom_labels`](Self::custom_labels).
    pub fn add_loaded(&mut self, loaded: Loaded) -> Vec<usize> {
        self.add_all(vec![loaded])
    }

    /// Removes document `i` (kept in [`trash`](Self::trash) for
    /// [`restore_removed`](Self::restore_removed)); the document after it
    /// (else before it) becomes current. Returns its id.
    pub fn remove_doc(&mut self, i: usize) -> Option<String> {
        if i >= self.docs.len() {
            return None;
        }
        let doc = self.docs.remove(i);
        let id = doc.id.clone();
        self.trash.push((i, doc));
        if self.current > i || self.current >= self.docs.len() {
            self.current = self.current.saturating_sub(1);
        }
        Some(id)
    }

    /// Puts the last removed document back where it was, current; returns
    /// its index (`None`: nothing removed). An id taken meanwhile gets a
    /// suffix.
    pub fn restore_removed(&mut self) -> Option<usize> {
        let (i, mut doc) = self.trash.pop()?;
        if self.taken(&doc.id) {
            doc.id = self.unique_id(&doc.id);
        }
        let at = i.min(self.docs.len());
        self.docs.insert(at, doc);
        self.current = at;
        Some(at)
    }

    /// Gives document `i` a new name (trimmed; not empty).
    pub fn rename_doc(&mut self, i: usize, name: &str) -> Result<(), EditError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(EditError::EmptyName);
        }
        let d = self.docs.get_mut(i).ok_or(EditError::NoDocument(i))?;
        d.name = name.to_string();
        Ok(())
    }

    /// Sets who is annotating (blank: nobody named).
    pub fn set_annotator(&mut self, name: &str) {
        let name = name.trim();
        self.annotator = (!name.is_empty()).then(|| name.to_string());
    }

    /// Records that the documents `outcome` changed were edited at `now`
    /// (ISO 8601) by [`annotator`](Self::annotator), for the export's
    /// `modified` and `annotator`.
    pub fn stamp(&mut self, outcome: &Outcome, now: &str) {
        for c in &outcome.changed {
            if let Some(d) = self.docs.get_mut(c.doc) {
                d.modified = Some(now.to_string());
                if self.annotator.is_some() {
                    d.annotator.clone_from(&self.annotator);
                }
            }
        }
    }

    /// Automatic spans not yet checked, in the whole corpus.
    pub fn unchecked(&self) -> usize {
        self.docs.iter().map(AnnotatedDoc::unchecked).sum()
    }

    /// The colour the person chose for `label`, if any.
    pub fn color_of(&self, label: &Label) -> Option<&str> {
        self.label_colors.iter().find(|(l, _)| l == label).map(|(_, c)| c.as_str())
    }

    /// Gives `label` (built-in or added) the colour `color` (`#rrggbb`).
    pub fn set_color(&mut self, label: &Label, color: &str) -> Result<(), LabelChangeError> {
        let ok = color.len() == 7 && color.starts_with('#') && color[1..].chars().all(|c| c.is_ascii_hexdigit());
        if !ok {
            return Err(LabelChangeError::BadColor(color.to_string()));
        }
        if !self.labels().contains(label) {
            return Err(LabelChangeError::Unknown(label.clone()));
        }
        let color = color.to_ascii_lowercase();
        match self.label_colors.iter_mut().find(|(l, _)| l == label) {
            Some(entry) => entry.1 = color,
            None => self.label_colors.push((label.clone(), color)),
        }
        Ok(())
    }

    /// Renames a label the person added, in the label list, its colour and
    /// every span that carries it (one undoable step per document; origins
    /// stay). Returns the new label and what changed.
    pub fn rename_label(&mut self, from: &Label, to_name: &str) -> Result<(Label, Outcome), LabelChangeError> {
        let to = label_from_typed(to_name)?;
        let at = self.custom_position(from)?;
        if to == *from {
            return Ok((to, Outcome::default()));
        }
        if self.labels().contains(&to) {
            return Err(LabelChangeError::Exists(to));
        }
        self.custom_labels[at] = to.clone();
        if let Some(entry) = self.label_colors.iter_mut().find(|(l, _)| l == from) {
            entry.0 = to.clone();
        }
        let mut changed = Vec::new();
        for (i, d) in self.docs.iter_mut().enumerate() {
            let mut batch = Batch::default();
            let targets: Vec<(SpanId, Span)> = d.spans().iter().filter(|(_, s)| s.label == *from).cloned().collect();
            for (id, before) in targets {
                let after = Span { label: to.clone(), ..before.clone() };
                d.run(Op::Replace { id, before, after }, &mut batch);
            }
            changed.extend(d.finish(batch).map(|change| DocChange { doc: i, change }));
        }
        let focus = self.current_doc().and_then(|d| d.focus);
        Ok((to, Outcome { changed, focus }))
    }

    /// Deletes a label the person added and every span that carries it
    /// (one undoable step per document: undoing one brings the label back).
    pub fn delete_label(&mut self, label: &Label) -> Result<Corrected, LabelChangeError> {
        let at = self.custom_position(label)?;
        self.custom_labels.remove(at);
        self.label_colors.retain(|(l, _)| l != label);
        let mut count = 0;
        let mut changed = Vec::new();
        for (i, d) in self.docs.iter_mut().enumerate() {
            let mut batch = Batch::default();
            let doomed: Vec<(SpanId, Span)> = d.spans().iter().filter(|(_, s)| s.label == *label).cloned().collect();
            for (id, span) in doomed {
                d.run(Op::Remove { id, span }, &mut batch);
                count += 1;
            }
            changed.extend(d.finish(batch).map(|change| DocChange { doc: i, change }));
        }
        let focus = self.current_doc().and_then(|d| d.focus);
        Ok(Corrected { count, outcome: Outcome { changed, focus } })
    }

    /// Where a label the person added sits in `custom_labels`.
    fn custom_position(&self, label: &Label) -> Result<usize, LabelChangeError> {
        if Label::BUILT_IN.contains(label) {
            return Err(LabelChangeError::BuiltIn(label.clone()));
        }
        self.custom_labels.iter().position(|l| l == label).ok_or_else(|| LabelChangeError::Unknown(label.clone()))
    }

    /// Adds the labels of document `doc`'s spans that the list lacks (an
    /// undo can bring back spans of a deleted label).
    fn adopt_labels(&mut self, doc: usize) {
        let missing: Vec<Label> = self.docs.get(doc).map_or_else(Vec::new, |d| {
            let mut ls: Vec<Label> = d.spans().iter().map(|(_, s)| s.label.clone()).collect();
            ls.dedup();
            ls
        });
        for l in missing {
            self.add_label(l);
        }
    }

    /// Makes document `i` current; `false` when it already is or there is
    /// no such document.
    pub fn switch_to(&mut self, i: usize) -> bool {
        if i >= self.docs.len() || i == self.current {
            return false;
        }
        self.current = i;
        true
    }

    /// Moves `delta` documents on (`1` the next, `-1` the previous),
    /// wrapping around at either end; `false` when nothing changes.
    pub fn step_current(&mut self, delta: isize) -> bool {
        let n = self.docs.len() as isize;
        if n == 0 {
            return false;
        }
        self.switch_to((self.current as isize + delta).rem_euclid(n) as usize)
    }

    pub fn current_doc(&self) -> Option<&AnnotatedDoc> {
        self.docs.get(self.current)
    }

    pub fn current_doc_mut(&mut self) -> Option<&mut AnnotatedDoc> {
        self.docs.get_mut(self.current)
    }

    /// The index of the document with this id.
    pub fn find_doc(&self, id: &str) -> Option<usize> {
        self.docs.iter().position(|d| d.id == id)
    }

    /// All labels in key order: PERSON, PLACE, NUMBER, QUOTE, then custom.
    pub fn labels(&self) -> Vec<Label> {
        Label::BUILT_IN.iter().cloned().chain(self.custom_labels.iter().cloned()).collect()
    }

    /// The label a key stands for (see [`key_at`]).
    pub fn label_for_key(&self, key: char) -> Option<Label> {
        self.labels().into_iter().nth(position_of_key(key)?)
    }

    /// The key of a label, if it has one (see [`key_at`]).
    pub fn key_for_label(&self, label: &Label) -> Option<char> {
        key_at(self.labels().iter().position(|l| l == label)?)
    }

    /// Adds a user label (upper-case name); no-op if it exists.
    pub fn add_label(&mut self, label: Label) {
        if !self.labels().contains(&label) {
            self.custom_labels.push(label);
        }
    }

    /// Adds a label as the person typed its name (`org` is `ORG`; see
    /// [`Label`] for what a name may hold); returns it with its key, if it
    /// has one. A label that exists already is just returned.
    pub fn add_label_named(&mut self, name: &str) -> Result<(Label, Option<char>), LabelError> {
        let label = label_from_typed(name)?;
        self.add_label(label.clone());
        let key = self.key_for_label(&label);
        Ok((label, key))
    }

    /// Applies one edit to document `doc` as one undoable step (see
    /// [`AnnotatedDoc::apply`], which also says where the focus goes).
    pub fn edit(&mut self, doc: usize, edit: Edit) -> Result<Outcome, EditError> {
        let d = self.docs.get_mut(doc).ok_or(EditError::NoDocument(doc))?;
        let (_, change) = d.step(edit)?;
        Ok(Outcome { changed: change.map(|change| DocChange { doc, change }).into_iter().collect(), focus: d.focus })
    }

    /// Undoes the last step of document `doc`; `None` when there is nothing
    /// to undo (see [`AnnotatedDoc::undo`]).
    pub fn undo(&mut self, doc: usize) -> Option<Outcome> {
        let d = self.docs.get_mut(doc)?;
        let change = d.undo()?;
        let focus = d.focus;
        self.adopt_labels(doc);
        Some(Outcome { changed: vec![DocChange { doc, change }], focus })
    }

    /// Redoes the last undone step of document `doc`; `None` when there is
    /// nothing to redo.
    pub fn redo(&mut self, doc: usize) -> Option<Outcome> {
        let d = self.docs.get_mut(doc)?;
        let change = d.redo()?;
        let focus = d.focus;
        self.adopt_labels(doc);
        Some(Outcome { changed: vec![DocChange { doc, change }], focus })
    }

    /// Gives every other occurrence of span `id`'s text (whole words, same
    /// case) in `scope` the same label and attributes, as one undoable step
    /// per document touched; existing spans there are relabelled. Returns how
    /// many spans were created or changed, and the documents that changed;
    /// the focus stays on span `id`.
    ///
    /// At an occurrence that already has a span with the same edges, that
    /// span takes the label and attributes. Otherwise a span is created and
    /// the overlap rule removes what it may not overlap — except that an
    /// occurrence inside a longer conflicting span (`Peskov` inside
    /// `Dmitry Peskov`) is left alone.
    pub fn apply_to_all(&mut self, doc: usize, id: SpanId, scope: Scope) -> Result<Corrected, EditError> {
        let source = self.source_span(doc, id)?;
        let mut count = 0;
        let mut changed = Vec::new();
        for d in self.scope_docs(doc, scope) {
            let target = &mut self.docs[d];
            let mut batch = Batch::default();
            for (start, end) in occurrences(&target.text, &source.text) {
                if d == doc && start == source.start && end == source.end {
                    continue;
                }
                let same_edges = target
                    .spans()
                    .iter()
                    .find(|(_, s)| {
                        s.start == start && s.end == end && (s.label == Label::Quote) == (source.label == Label::Quote)
                    })
                    .map(|(i, s)| (*i, s.clone()));
                let wanted = Span {
                    start,
                    end,
                    label: source.label.clone(),
                    text: source.text.clone(),
                    attrs: source.attrs.clone(),
                    origin: Origin::User,
                };
                match same_edges {
                    Some((_, s)) if s.label == wanted.label && s.attrs == wanted.attrs => continue,
                    Some((sid, _)) => {
                        target.replace_replacing(sid, wanted, &mut batch);
                    }
                    None => {
                        let inside_longer = target
                            .conflicting(None, &wanted)
                            .iter()
                            .filter_map(|c| target.span(*c))
                            .any(|c| c.start <= start && end <= c.end);
                        if inside_longer {
                            continue;
                        }
                        target.insert_replacing(wanted, &mut batch);
                    }
                }
                count += 1;
            }
            changed.extend(target.finish(batch).map(|change| DocChange { doc: d, change }));
        }
        Ok(Corrected { count, outcome: Outcome { changed, focus: Some(id) } })
    }

    /// Deletes span `id` and every automatic span with the same text and
    /// label in `scope`, one undoable step per document. Returns how many,
    /// and the documents that changed; nothing is focused afterwards.
    pub fn remove_everywhere(&mut self, doc: usize, id: SpanId, scope: Scope) -> Result<Corrected, EditError> {
        let source = self.source_span(doc, id)?;
        let mut count = 0;
        let mut changed = Vec::new();
        for d in self.scope_docs(doc, scope) {
            let target = &mut self.docs[d];
            let doomed: Vec<(SpanId, Span)> = target
                .spans()
                .iter()
                .filter(|(i, s)| {
                    (d == doc && *i == id)
                        || (s.origin == Origin::Auto && s.label == source.label && s.text == source.text)
                })
                .cloned()
                .collect();
            let mut batch = Batch::default();
            for (id, span) in doomed {
                target.run(Op::Remove { id, span }, &mut batch);
                count += 1;
            }
            changed.extend(target.finish(batch).map(|change| DocChange { doc: d, change }));
        }
        if let Some(d) = self.docs.get_mut(doc) {
            d.focus = None;
        }
        Ok(Corrected { count, outcome: Outcome { changed, focus: None } })
    }

    pub fn stats(&self, doc: usize) -> Option<DocStats> {
        let d = self.docs.get(doc)?;
        let mut st = DocStats { reviewed: d.reviewed, unchecked: d.unchecked(), ..DocStats::default() };
        for (_, s) in d.spans() {
            match s.label {
                Label::Person => st.person += 1,
                Label::Place => st.place += 1,
                Label::Number => st.number += 1,
                Label::Quote => st.quote += 1,
                Label::Other(_) => st.other += 1,
            }
        }
        Some(st)
    }

    /// (reviewed, total) documents.
    pub fn progress(&self) -> (usize, usize) {
        (self.docs.iter().filter(|d| d.reviewed).count(), self.docs.len())
    }

    /// Labelled JSON of the current document (`Scope::Document`) or of all.
    pub fn export(&self, scope: Scope) -> String {
        Corpus { documents: self.export_docs(scope) }.to_json()
    }

    /// The documents an export of `scope` holds: the current one or all.
    pub fn export_docs(&self, scope: Scope) -> Vec<Document> {
        match scope {
            Scope::Corpus => self.to_corpus().documents,
            Scope::Document => self.current_doc().map(AnnotatedDoc::to_document).into_iter().collect(),
        }
    }

    /// The files an export of `scope` in `format` downloads as, named
    /// from [`export_stem`](Self::export_stem); refused, with nothing
    /// written, when a span fails the format's check.
    pub fn export_as(
        &self,
        scope: Scope,
        date: Option<CalendarDate>,
        format: &dyn Format,
    ) -> Result<Vec<OutFile>, ExportError> {
        format.write(&self.export_docs(scope), &self.export_stem(scope, date))
    }

    /// The labelled corpus (what `export(Scope::Corpus)` writes).
    pub fn to_corpus(&self) -> Corpus {
        Corpus { documents: self.docs.iter().map(AnnotatedDoc::to_document).collect() }
    }

    /// The name an export in format extension `ext` downloads as on `date`
    /// (the browser's local day): [`export_stem`](Self::export_stem), a
    /// dot, `ext` (`kremlin-talks_2026-11-25.json`,
    /// `corpus_2026-11-25.spacy.jsonl`). See [`file_name::download_name`].
    pub fn export_file_name(&self, scope: Scope, date: Option<CalendarDate>, ext: &str) -> String {
        file_name::download_name(self.export_named_after(scope), date, ext)
    }

    /// An export's file name before its extension: the current document's
    /// name without its extension, then the day (`kremlin-talks_2026-11-25`),
    /// or `corpus_2026-11-25` for the corpus and when there is no document.
    /// See [`file_name::download_stem`] for the file-safe rule.
    pub fn export_stem(&self, scope: Scope, date: Option<CalendarDate>) -> String {
        file_name::download_stem(self.export_named_after(scope), date)
    }

    /// What an export of `scope` is named after: the current document's
    /// name, or [`file_name::CORPUS_STEM`] for the corpus and when there is
    /// no document.
    fn export_named_after(&self, scope: Scope) -> &str {
        match (scope, self.current_doc()) {
            (Scope::Document, Some(d)) => &d.name,
            _ => file_name::CORPUS_STEM,
        }
    }

    /// Whether an export of `scope` holds every document of the corpus (so
    /// that nothing is left only in the page once it is downloaded).
    pub fn export_holds_all(&self, scope: Scope) -> bool {
        scope == Scope::Corpus || self.docs.len() <= 1
    }

    fn source_span(&self, doc: usize, id: SpanId) -> Result<Span, EditError> {
        self.docs.get(doc).and_then(|d| d.span(id)).cloned().ok_or(EditError::UnknownSpan(id))
    }

    fn scope_docs(&self, doc: usize, scope: Scope) -> Vec<usize> {
        match scope {
            Scope::Document => vec![doc],
            Scope::Corpus => (0..self.docs.len()).collect(),
        }
    }

    fn taken(&self, id: &str) -> bool {
        self.docs.iter().any(|d| d.id == id)
    }

    fn pasted_id(&self) -> String {
        (1..).map(|n| format!("doc-{n}")).find(|id| !self.taken(id)).unwrap_or_default()
    }

    fn unique_id(&self, base: &str) -> String {
        let base = if base.trim().is_empty() { "doc" } else { base.trim() };
        if !self.taken(base) {
            return base.to_string();
        }
        (2..).map(|n| format!("{base}-{n}")).find(|id| !self.taken(id)).unwrap_or_default()
    }
}

/// What pasted text is called where it has no name of its own: in import
/// errors, and as the name of text with no visible line.
const PASTED_TEXT: &str = "Pasted text";

/// Longest name given to pasted text, in characters: a headline fits, a
/// first paragraph does not (the page shortens names on screen itself).
pub const PASTED_NAME_CHARS: usize = 120;

/// The name of a pasted text: its first line that is not blank, cut after
/// its last whole word within [`PASTED_NAME_CHARS`]. A name is data (it is
/// exported): it never carries a display's ellipsis.
pub fn pasted_name(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or(PASTED_TEXT);
    if line.chars().count() <= PASTED_NAME_CHARS {
        return line.to_string();
    }
    let cut: String = line.chars().take(PASTED_NAME_CHARS).collect();
    if line.chars().nth(PASTED_NAME_CHARS).is_some_and(char::is_whitespace) {
        return cut.trim_end().to_string();
    }
    match cut.rsplit_once(char::is_whitespace) {
        Some((head, _)) if !head.trim().is_empty() => head.trim_end().to_string(),
        _ => cut,
    }
}

/// The label a person typed the name of: trimmed and in upper case (`org`
/// is `ORG`), then read as a [`Label`] name.
///
/// The upper case is `str::to_uppercase`'s wherever the result can be a
/// label name (ASCII letters, digits and `_`): ASCII letters, and the few
/// other characters whose upper case is ASCII (`UPPER_CASE_ASCII`). Any
/// other character is kept as typed: no label name holds it either way, and
/// the refusal names it as typed. Not `to_uppercase` itself: its Unicode
/// table, there for this alone, cost the page 7.6 KiB gzipped.
pub fn label_from_typed(typed: &str) -> Result<Label, LabelError> {
    let mut name = String::with_capacity(typed.len());
    for c in typed.trim().chars() {
        match UPPER_CASE_ASCII.iter().find(|(from, _)| *from == c) {
            Some((_, upper)) => name.push_str(upper),
            None => name.push(c.to_ascii_uppercase()),
        }
    }
    name.parse()
}

/// The characters beyond ASCII whose upper case (`char::to_uppercase`) is
/// ASCII letters, with it (a test checks every character).
const UPPER_CASE_ASCII: [(char, &str); 10] = [
    ('ß', "SS"),
    ('ı', "I"),
    ('ſ', "S"),
    ('ﬀ', "FF"),
    ('ﬁ', "FI"),
    ('ﬂ', "FL"),
    ('ﬃ', "FFI"),
    ('ﬄ', "FFL"),
    ('ﬅ', "ST"),
    ('ﬆ', "ST"),
];

/// How many labels have a key: the digit keys `1`..`9`, one per label in
/// [`Workspace::labels`] order (`0` sits apart from them on a keyboard, so
/// it is not the tenth).
pub const KEYED_LABELS: usize = 9;

/// The key of the label at `position` in [`Workspace::labels`]: `1` for the
/// first … `9` for the ninth; later labels have none (their legend button
/// still applies them).
pub fn key_at(position: usize) -> Option<char> {
    if position >= KEYED_LABELS {
        return None;
    }
    char::from_digit(position as u32 + 1, 10)
}

/// The position in [`Workspace::labels`] that a key stands for: the
/// inverse of [`key_at`].
pub fn position_of_key(key: char) -> Option<usize> {
    let n = key.to_digit(10)? as usize;
    (1..=KEYED_LABELS).contains(&n).then(|| n - 1)
}

/// Whole-word, case-sensitive occurrences of `needle` in `text`, in code
/// points: the characters just outside are not letters or digits.
fn occurrences(text: &str, needle: &str) -> Vec<(CharOffset, CharOffset)> {
    if needle.is_empty() {
        return Vec::new();
    }
    let ix = OffsetIndex::new(text);
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut out = Vec::new();
    for (b, _) in text.match_indices(needle) {
        let e = b + needle.len();
        // A needle that starts (ends) with a letter must not continue a word.
        let joins_before = word(needle.chars().next()) && word(text[..b].chars().next_back());
        let joins_after = word(needle.chars().next_back()) && word(text[e..].chars().next());
        if joins_before || joins_after {
            continue;
        }
        if let (Ok(s), Ok(e)) = (ix.byte_to_char(ByteOffset(b)), ix.byte_to_char(ByteOffset(e))) {
            out.push((s, e));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use annotator_schema::{Attrs, Document, NumberAttrs, NumberKind, NumberValue};

    /// Documents without any span (not relying on what the extraction core finds).
    fn ws_with(texts: &[&str]) -> Workspace {
        let mut ws = Workspace::default();
        for (i, t) in texts.iter().enumerate() {
            ws.add_loaded(Loaded::Labelled(vec![Document::new(format!("doc-{}", i + 1), "d", *t)]));
        }
        ws
    }

    fn create(ws: &mut Workspace, doc: usize, needle: &str, nth: usize, label: Label) -> SpanId {
        let d = &mut ws.docs[doc];
        let (s, e) = occurrences(&d.text, needle)[nth];
        d.apply(Edit::Create { start: s, end: e, label }).unwrap()[0]
    }

    fn spans_of(ws: &Workspace, doc: usize) -> Vec<(String, String, Origin)> {
        ws.docs[doc].spans().iter().map(|(_, s)| (s.label.to_string(), s.text.clone(), s.origin)).collect()
    }

    #[test]
    fn pasted_documents_get_unique_ids_and_become_current() {
        let mut ws = Workspace::default();
        assert_eq!(ws.add_text("", "one"), Ok(0));
        assert_eq!(ws.add_text("Second", "two"), Ok(1));
        assert_eq!(ws.current, 1);
        assert_eq!(ws.docs[0].id, "doc-1");
        assert_eq!((ws.docs[1].id.as_str(), ws.docs[1].name.as_str()), ("doc-2", "Second"));
        assert!(ws.add_text("", " \n").is_err());
        assert_eq!(ws.docs.len(), 2, "a refused paste changes nothing");
    }

    #[test]
    fn a_paste_goes_to_the_draft_at_once_and_typing_after_a_pause() {
        assert_eq!(draft_delay("insertFromPaste"), None);
        assert_eq!(draft_delay("insertFromDrop"), None);
        assert_eq!(draft_delay("insertText"), Some(TYPING_PAUSE));
        assert_eq!(draft_delay("deleteContentBackward"), Some(TYPING_PAUSE));
        assert_eq!(draft_delay(""), Some(TYPING_PAUSE), "an input event of no known type");
    }

    #[test]
    fn the_draft_follows_the_text_area_until_it_is_edited() {
        let mut ws = Workspace::default();
        assert_eq!(ws.sync_draft(None, " \n "), Ok(None), "blank text changes nothing");
        assert_eq!(ws.sync_draft(None, "Kyiv\nbody"), Ok(Some(0)));
        assert_eq!((ws.docs[0].id.as_str(), ws.docs[0].name.as_str()), ("doc-1", "Kyiv"));
        ws.add_text("", "another").unwrap();
        assert_eq!(ws.sync_draft(Some("doc-1"), "Kyiv\nbody"), Ok(Some(0)), "same text: just current again");
        assert_eq!(ws.current, 0);
        assert_eq!(ws.sync_draft(Some("doc-1"), "Sumy\nmore"), Ok(Some(0)), "no edits yet: replaced");
        assert_eq!(
            (ws.docs[0].id.as_str(), ws.docs[0].name.as_str(), ws.docs[0].text.as_str()),
            ("doc-1", "Sumy", "Sumy\nmore")
        );
        let org = Edit::Create { start: CharOffset(0), end: CharOffset(4), label: Label::Other("ORG".into()) };
        ws.docs[0].apply(org).unwrap();
        assert_eq!(ws.sync_draft(Some("doc-1"), "Sumy\nmore!"), Ok(Some(2)), "an edited draft is kept");
        assert_eq!(ws.docs[0].text, "Sumy\nmore");
        assert_eq!(ws.sync_draft(Some("gone"), "Lviv"), Ok(Some(3)), "an unknown draft: a new document");
        assert_eq!(ws.sync_draft(None, "Lviv"), Ok(Some(4)), "no draft: a new document");
        assert!(ws.sync_draft(Some("doc-4"), "\0\0\0\0 binary").is_err());
        assert_eq!((ws.docs.len(), ws.current), (5, 4), "refused text changes nothing");
    }

    #[test]
    fn a_draft_annotated_elsewhere_takes_the_spans_found_under_the_workspaces_id_and_name() {
        let mut ws = Workspace::default();
        let text = "Kyiv\nbody";
        assert_eq!(ws.sync_draft_found(None, text, Some(Vec::new())), Ok(Some(0)));
        assert_eq!((ws.docs[0].id.as_str(), ws.docs[0].name.as_str()), ("doc-1", "Kyiv"));
        assert!(ws.docs[0].spans().is_empty(), "the spans found, not the core's");
        let found = annotator_extract::annotate("", "", "Sumy\nmore").spans;
        assert!(!found.is_empty());
        assert_eq!(ws.sync_draft_found(Some("doc-1"), "Sumy\nmore", Some(found.clone())), Ok(Some(0)), "replaced");
        assert_eq!(ws.docs[0].to_document().spans, found);
        assert!(ws.sync_draft_found(None, "\0\0\0\0 binary", Some(Vec::new())).is_err(), "refused text as before");
    }

    #[test]
    fn pasted_text_is_named_by_its_first_line() {
        assert_eq!(pasted_name("\n  Kremlin says talks\nbody"), "Kremlin says talks");
        assert_eq!(pasted_name("   "), "Pasted text");
        let long = pasted_name(&"word ".repeat(40));
        assert!(long.ends_with("word") && long.chars().count() <= PASTED_NAME_CHARS, "{long}");
        let one = pasted_name(&"x".repeat(300));
        assert_eq!(one.chars().count(), PASTED_NAME_CHARS, "one long word is cut, with no ellipsis");
        assert!(!long.contains('…') && !one.contains('…'));
    }

    #[test]
    fn switching_documents_wraps_around() {
        let mut ws = ws_with(&["a", "b", "c"]);
        ws.current = 0;
        assert!(!ws.switch_to(0) && !ws.switch_to(3));
        assert!(ws.step_current(-1));
        assert_eq!(ws.current, 2);
        assert!(ws.step_current(1));
        assert_eq!(ws.current, 0);
        assert!(ws.switch_to(1));
        let mut one = ws_with(&["a"]);
        assert!(!one.step_current(1), "one document: nowhere to go");
        assert!(!Workspace::default().step_current(1));
    }

    #[test]
    fn files_added_together_put_the_first_one_on_screen() {
        let mut ws = ws_with(&["old"]);
        let text = |name: &str| Loaded::Text { name: name.into(), text: "x".into() };
        let two = Loaded::Labelled(vec![Document::new("p", "p", "y"), Document::new("q", "q", "z")]);
        assert_eq!(ws.add_all(vec![text("a.txt"), two, text("b.txt")]), [1, 2, 3, 4]);
        assert_eq!(ws.current, 1);
        assert_eq!(ws.add_all(Vec::new()), Vec::<usize>::new());
        assert_eq!(ws.current, 1);
    }

    #[test]
    fn loaded_files_are_named_by_stem_and_deduplicated() {
        let mut ws = Workspace::default();
        let text = |name: &str| Loaded::Text { name: name.into(), text: "x".into() };
        assert_eq!(ws.add_loaded(text("dir/a.txt")), [0]);
        assert_eq!(ws.add_loaded(text("a.md")), [1]);
        assert_eq!(ws.add_loaded(text("a.html")), [2]);
        let ids: Vec<&str> = ws.docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "a-2", "a-3"]);
        assert_eq!(ws.docs[1].name, "a.md");
    }

    #[test]
    fn labelled_documents_keep_spans_origins_review_state_and_custom_labels() {
        let mut ws = ws_with(&["first"]);
        let mut d = Document::new("x", "x.txt", "Acme in Kyiv");
        d.reviewed = true;
        d.spans.push(Span {
            start: CharOffset(0),
            end: CharOffset(4),
            label: Label::Other("ORG".into()),
            text: "Acme".into(),
            attrs: Attrs::None,
            origin: Origin::User,
        });
        let added = ws.add_loaded(Loaded::Labelled(vec![d.clone(), d.clone()]));
        assert_eq!(added, [1, 2]);
        assert_eq!(ws.current, 1);
        assert_eq!(ws.docs[1].to_document(), d);
        assert_eq!(ws.docs[2].id, "x-2");
        assert_eq!(ws.custom_labels, [Label::Other("ORG".into())]);
        assert_eq!(ws.stats(1), Some(DocStats { other: 1, reviewed: true, ..DocStats::default() }));
        assert_eq!(ws.progress(), (2, 3));
    }

    #[test]
    fn keys_map_to_built_in_then_custom_labels() {
        let mut ws = Workspace::default();
        ws.add_label(Label::Other("ORG".into()));
        ws.add_label(Label::Other("ORG".into()));
        ws.add_label(Label::Person);
        assert_eq!(ws.labels().len(), 5);
        let cases = [('1', Some(Label::Person)), ('4', Some(Label::Quote)), ('5', Some(Label::Other("ORG".into())))];
        for (key, want) in cases {
            assert_eq!(ws.label_for_key(key), want, "{key}");
        }
        for key in ['0', '6', '9', 'a'] {
            assert_eq!(ws.label_for_key(key), None, "{key}");
        }
        assert_eq!(ws.key_for_label(&Label::Other("ORG".into())), Some('5'));
    }

    #[test]
    fn typed_label_names_read_as_to_uppercase_reads_them() {
        // Every character, alone and after a letter: the same label as
        // `to_uppercase` gives, or a refusal where it gives one too.
        let old = |typed: &str| typed.trim().to_uppercase().parse::<Label>();
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            for typed in [c.to_string(), format!("a{c}"), format!(" x{c}{c} ")] {
                let (new, old) = (label_from_typed(&typed), old(&typed));
                assert_eq!(new.is_ok(), old.is_ok(), "{typed:?}");
                if let (Ok(new), Ok(old)) = (new, old) {
                    assert_eq!(new, old, "{typed:?}");
                }
            }
        }
        for (from, upper) in UPPER_CASE_ASCII {
            assert_eq!(from.to_uppercase().collect::<String>(), upper);
        }
        assert_eq!(label_from_typed(" ﬁle_straße "), Ok(Label::Other("FILE_STRASSE".into())));
        assert_eq!(label_from_typed("person"), Ok(Label::Person));
        assert_eq!(label_from_typed("café"), Err(LabelError::BadName("CAFé".into())), "named as typed");
    }

    #[test]
    fn keys_one_to_nine_stand_for_the_first_nine_labels() {
        let cases = [(0, Some('1')), (3, Some('4')), (8, Some('9')), (9, None), (40, None)];
        for (position, key) in cases {
            assert_eq!(key_at(position), key, "{position}");
            assert_eq!(key.and_then(position_of_key), key.map(|_| position));
        }
        for key in ['0', 'a', '¹', '٣'] {
            assert_eq!(position_of_key(key), None, "{key}");
        }
        let mut ws = Workspace::default();
        for name in ["a", "b", "c", "d", "e"] {
            assert!(ws.add_label_named(name).unwrap().1.is_some());
        }
        assert_eq!(ws.add_label_named(" org "), Ok((Label::Other("ORG".into()), None)), "the tenth label has no key");
        assert_eq!(ws.add_label_named("person"), Ok((Label::Person, Some('1'))), "an existing label is returned");
        assert!(ws.add_label_named("no good").is_err());
        assert_eq!(ws.labels().len(), 10);
    }

    #[test]
    fn occurrences_are_whole_words_with_the_same_case() {
        let found: Vec<usize> =
            occurrences("Kyiv, Kyivan kyiv 😀Kyiv Kyiv-based", "Kyiv").iter().map(|o| o.0 .0).collect();
        assert_eq!(found, [0, 19, 24]);
    }

    #[test]
    fn apply_to_all_in_the_corpus_creates_and_relabels_one_step_per_document() {
        let mut ws = ws_with(&["Kyiv and Kyiv.", "Kyiv again; Kyivan. Peskov in Kyiv"]);
        let a = create(&mut ws, 0, "Kyiv", 0, Label::Place);
        create(&mut ws, 1, "Kyiv", 1, Label::Person);
        ws.docs[0].apply(Edit::SetEntity { id: a, entity: "Kyiv city".into() }).unwrap();
        let done = ws.apply_to_all(0, a, Scope::Corpus).unwrap();
        assert_eq!(done.count, 3);
        for d in 0..2 {
            assert!(ws.docs[d].spans().iter().all(|(_, s)| s.label == Label::Place && s.entity() == Some("Kyiv city")));
        }
        assert_eq!(ws.docs[1].spans().len(), 2);
        let changed: Vec<(usize, usize)> = done.outcome.changed.iter().map(|c| (c.doc, c.change.spans.len())).collect();
        assert_eq!(changed, [(0, 1), (1, 2)], "both documents, with the spans each step changed");
        assert_eq!(done.outcome.focus, Some(a));
        let again = ws.apply_to_all(0, a, Scope::Corpus).unwrap();
        assert_eq!((again.count, again.outcome.changed.len()), (0, 0), "nothing left to change");
        assert!(ws.docs[1].undo().is_some());
        assert_eq!(spans_of(&ws, 1), [("PERSON".into(), "Kyiv".into(), Origin::User)]);
    }

    #[test]
    fn apply_to_all_in_one_document_leaves_the_others() {
        let mut ws = ws_with(&["Kyiv and Kyiv", "Kyiv"]);
        let a = create(&mut ws, 0, "Kyiv", 0, Label::Place);
        let done = ws.apply_to_all(0, a, Scope::Document).unwrap();
        assert_eq!(done.count, 1);
        assert_eq!(done.outcome.changed.iter().map(|c| c.doc).collect::<Vec<_>>(), [0]);
        assert!(ws.docs[1].spans().is_empty());
        assert_eq!(ws.apply_to_all(0, SpanId(99), Scope::Document), Err(EditError::UnknownSpan(SpanId(99))));
    }

    #[test]
    fn apply_to_all_skips_occurrences_inside_longer_spans() {
        let mut ws = ws_with(&["Peskov said. Dmitry Peskov left."]);
        let full = create(&mut ws, 0, "Dmitry Peskov", 0, Label::Person);
        let short = create(&mut ws, 0, "Peskov", 0, Label::Place);
        assert_eq!(ws.apply_to_all(0, short, Scope::Document).map(|c| c.count), Ok(0));
        assert!(ws.docs[0].span(full).is_some());
    }

    /// Documents whose every whole-word `2025` is an automatic NUMBER span
    /// (not relying on what the extraction core finds).
    fn ws_with_auto_years(texts: &[&str]) -> Workspace {
        let mut ws = Workspace::default();
        let year = NumberValue::Date("2025".into());
        for (i, t) in texts.iter().enumerate() {
            let mut d = Document::new(format!("d{i}"), "d", *t);
            for (s, e) in occurrences(t, "2025") {
                let attrs =
                    Attrs::Number(NumberAttrs { kind: NumberKind::Date, value: Some(year.clone()), unit: None });
                d.spans.push(Span {
                    start: s,
                    end: e,
                    label: Label::Number,
                    text: "2025".into(),
                    attrs,
                    origin: Origin::Auto,
                });
            }
            ws.add_loaded(Loaded::Labelled(vec![d]));
        }
        ws
    }

    #[test]
    fn remove_everywhere_removes_only_automatic_spans_with_that_text_and_label() {
        let mut ws = ws_with_auto_years(&["In 2025 and 2025.", "2025 and 41 and 2025"]);
        let user = ws.docs[1].spans()[1].0;
        let value = Some(NumberValue::Date("2025".into()));
        ws.docs[1].apply(Edit::SetNumber { id: user, value, unit: None }).unwrap();
        let id = ws.docs[0].spans()[0].0;
        let removed = ws.remove_everywhere(0, id, Scope::Corpus).unwrap();
        assert_eq!(removed.count, 3);
        assert_eq!(removed.outcome.changed.iter().map(|c| c.doc).collect::<Vec<_>>(), [0, 1]);
        assert_eq!(removed.outcome.focus, None);
        assert!(ws.docs[0].spans().is_empty());
        assert_eq!(ws.docs[1].spans().len(), 1);
        assert!(ws.docs[1].span(user).is_some(), "user spans stay");
        assert!(ws.docs[0].undo().is_some());
        assert_eq!(ws.docs[0].spans().len(), 2, "one undo restores the document's spans");
    }

    #[test]
    fn edits_undo_and_redo_say_what_changed_and_where_the_focus_goes() {
        let mut ws = ws_with(&["one", "Kyiv and Sumy and Lviv"]);
        let place = |start, end| Edit::Create { start: CharOffset(start), end: CharOffset(end), label: Label::Place };
        let kyiv = ws.edit(1, place(0, 4)).unwrap();
        assert_eq!(kyiv.changed.iter().map(|c| c.doc).collect::<Vec<_>>(), [1]);
        let kyiv_id = kyiv.focus.unwrap();
        let ranges = |o: &Outcome| o.changed.iter().flat_map(|c| c.change.ranges.clone()).collect::<Vec<_>>();
        assert_eq!(ranges(&kyiv), [(CharOffset(0), CharOffset(4))]);
        let sumy = ws.edit(1, place(9, 13)).unwrap().focus.unwrap();
        let lviv = ws.edit(1, place(18, 22)).unwrap().focus.unwrap();

        let same = ws.edit(1, place(9, 13)).unwrap();
        assert_eq!((same.changed.len(), same.focus), (0, Some(sumy)), "a no-op changes nothing but takes the focus");
        let reviewed = ws.edit(1, Edit::SetReviewed(true)).unwrap();
        assert_eq!(reviewed.focus, Some(sumy), "an edit of no span leaves the focus");
        assert_eq!(reviewed.change_in(1), Some(&Change::default()), "the document changed, no mark did");

        let deleted = ws.edit(1, Edit::Delete { id: sumy }).unwrap();
        assert_eq!(deleted.focus, Some(lviv), "after a delete: the next span");
        assert_eq!(ws.edit(1, Edit::Delete { id: lviv }).unwrap().focus, Some(kyiv_id), "else the one before");
        let undone = ws.undo(1).unwrap();
        assert_eq!((undone.focus, ranges(&undone)), (Some(lviv), vec![(CharOffset(18), CharOffset(22))]));
        let redone = ws.redo(1).unwrap();
        assert_eq!(redone.focus, None, "the span redone away cannot keep the focus");
        assert_eq!(ws.docs[1].focus, None);

        assert_eq!(ws.edit(7, Edit::SetReviewed(true)), Err(EditError::NoDocument(7)));
        assert_eq!(ws.undo(7), None);
        assert_eq!(ws.redo(1), None, "nothing to redo");
    }

    #[test]
    fn documents_are_removed_restored_and_renamed() {
        let mut ws = ws_with(&["a", "b", "c"]);
        ws.current = 2;
        assert_eq!(ws.remove_doc(1).as_deref(), Some("doc-2"));
        assert_eq!((ws.docs.len(), ws.current), (2, 1), "the current one keeps its place");
        assert_eq!(ws.remove_doc(1).as_deref(), Some("doc-3"));
        assert_eq!(ws.current, 0, "the removed current one: the one before");
        assert_eq!(ws.remove_doc(5), None);
        assert_eq!(ws.restore_removed(), Some(1));
        assert_eq!(ws.restore_removed(), Some(1));
        let ids: Vec<&str> = ws.docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["doc-1", "doc-2", "doc-3"], "back where they were");
        assert_eq!(ws.restore_removed(), None);
        assert_eq!(ws.rename_doc(0, "  Kremlin talks "), Ok(()));
        assert_eq!(ws.docs[0].name, "Kremlin talks");
        assert_eq!(ws.rename_doc(0, " "), Err(EditError::EmptyName));
        assert_eq!(ws.rename_doc(9, "x"), Err(EditError::NoDocument(9)));
    }

    #[test]
    fn a_text_already_in_the_corpus_is_replaced_skipped_or_kept_twice() {
        let text = |name: &str, t: &str| Loaded::Text { name: name.into(), text: t.into() };
        let labelled = |t: &str| {
            let mut d = Document::new("x", "x.json", t);
            d.reviewed = true;
            Loaded::Labelled(vec![d])
        };
        let base = ws_with(&["Kyiv", "Sumy"]);
        let files = || vec![text("k.txt", "Kyiv"), labelled("Sumy"), text("n.txt", "New")];
        assert_eq!(base.duplicates(&files()), 2);
        let mut skip = base.clone();
        assert_eq!(skip.add_all_resolving(files(), Duplicates::Skip), [2]);
        assert_eq!(skip.docs.len(), 3);
        let mut replace = base.clone();
        assert_eq!(replace.add_all_resolving(files(), Duplicates::Replace), [0, 1, 2]);
        assert_eq!((replace.docs[0].id.as_str(), replace.docs[0].name.as_str()), ("doc-1", "k.txt"), "the id stays");
        assert!(replace.docs[1].reviewed, "the file's document replaces it");
        assert_eq!(replace.current, 0);
        let mut both = base.clone();
        assert_eq!(both.add_all_resolving(files(), Duplicates::KeepBoth), [2, 3, 4]);
        assert_eq!(both.docs.len(), 5);
    }

    #[test]
    fn edits_are_stamped_with_the_annotator_and_the_time() {
        let mut ws = ws_with(&["Kyiv", "Sumy"]);
        let out = ws.edit(1, Edit::SetReviewed(true)).unwrap();
        ws.stamp(&out, "2025-06-02T10:00:00.000Z");
        assert_eq!(
            (ws.docs[1].modified.as_deref(), ws.docs[1].annotator.as_deref()),
            (Some("2025-06-02T10:00:00.000Z"), None)
        );
        ws.set_annotator("  Ada Lovelace ");
        let out = ws.edit(1, Edit::SetReviewed(false)).unwrap();
        ws.stamp(&out, "2025-06-03T10:00:00.000Z");
        let doc = &ws.to_corpus().documents[1];
        assert_eq!(
            (doc.annotator.as_deref(), doc.modified.as_deref()),
            (Some("Ada Lovelace"), Some("2025-06-03T10:00:00.000Z"))
        );
        assert_eq!(ws.docs[0].modified, None, "an untouched document is not stamped");
        ws.set_annotator(" ");
        assert_eq!(ws.annotator, None);
    }

    #[test]
    fn added_labels_are_renamed_recoloured_and_deleted_built_ins_only_recoloured() {
        let mut ws = ws_with(&["Acme and Acme", "Acme"]);
        let org = Label::Other("ORG".into());
        ws.add_label(org.clone());
        create(&mut ws, 0, "Acme", 0, org.clone());
        create(&mut ws, 1, "Acme", 0, org.clone());
        assert_eq!(ws.set_color(&org, "#AABBCC"), Ok(()));
        assert_eq!(ws.color_of(&org), Some("#aabbcc"));
        assert_eq!(ws.set_color(&Label::Person, "#112233"), Ok(()));
        assert_eq!(ws.set_color(&Label::Person, "red"), Err(LabelChangeError::BadColor("red".into())));
        assert_eq!(ws.rename_label(&Label::Person, "HUMAN"), Err(LabelChangeError::BuiltIn(Label::Person)));
        assert_eq!(ws.rename_label(&org, "place"), Err(LabelChangeError::Exists(Label::Place)));
        assert!(matches!(ws.rename_label(&org, "no good"), Err(LabelChangeError::BadName(_))));
        let (company, out) = ws.rename_label(&org, "company").unwrap();
        assert_eq!(company, Label::Other("COMPANY".into()));
        assert_eq!(out.changed.len(), 2);
        assert_eq!(ws.custom_labels, std::slice::from_ref(&company));
        assert_eq!(ws.color_of(&company), Some("#aabbcc"), "the colour follows");
        assert!(ws.docs.iter().all(|d| d.spans().iter().all(|(_, s)| s.label == company)));
        let gone = ws.delete_label(&company).unwrap();
        assert_eq!((gone.count, gone.outcome.changed.len()), (2, 2));
        assert!(ws.custom_labels.is_empty() && ws.docs.iter().all(|d| d.spans().is_empty()));
        assert_eq!(ws.delete_label(&Label::Quote).map(|c| c.count), Err(LabelChangeError::BuiltIn(Label::Quote)));
        ws.undo(0).unwrap();
        assert_eq!(ws.custom_labels, [company], "undoing the deletion brings the label back");
    }

    #[test]
    fn unchecked_suggestions_are_counted_per_document_and_corpus() {
        let mut ws = ws_with_auto_years(&["In 2025 and 2025.", "2025"]);
        assert_eq!((ws.stats(0).unwrap().unchecked, ws.unchecked()), (2, 3));
        let id = ws.docs[0].spans()[0].0;
        ws.edit(0, Edit::Accept { id }).unwrap();
        assert_eq!((ws.stats(0).unwrap().unchecked, ws.unchecked()), (1, 2));
    }

    #[test]
    fn export_writes_the_current_document_or_all() {
        let mut ws = ws_with(&["Kyiv", "Sumy"]);
        ws.current = 0;
        let one = Corpus::from_json(&ws.export(Scope::Document)).unwrap();
        assert_eq!(one.documents.len(), 1);
        assert_eq!(one.documents[0].id, "doc-1");
        let all = Corpus::from_json(&ws.export(Scope::Corpus)).unwrap();
        assert_eq!(all, ws.to_corpus());
    }

    #[test]
    fn export_in_a_format_writes_its_files_named_from_the_export_stem() {
        let mut ws = ws_with(&["Dmitry Peskov visited Kyiv", "Sumy"]);
        ws.current = 0;
        let date = CalendarDate::from_ymd(2026, 11, 25);
        for f in annotator_formats::FORMATS {
            let files = ws.export_as(Scope::Document, date, *f).unwrap();
            for out in &files {
                assert!(out.name.starts_with("d_2026-11-25."), "{}: {}", f.id(), out.name);
            }
            let corpus = ws.export_as(Scope::Corpus, date, *f).unwrap();
            assert_eq!(corpus[0].name, ws.export_file_name(Scope::Corpus, date, f.extension()), "{}", f.id());
        }
        let json = ws.export_as(Scope::Corpus, date, annotator_formats::FORMATS[0]).unwrap();
        assert_eq!(json[0].bytes, ws.export(Scope::Corpus).into_bytes(), "JSON is the labelled JSON");
        let spacy = annotator_formats::by_id("spacy").unwrap();
        assert_eq!(ws.export_as(Scope::Corpus, date, spacy).unwrap()[0].name, "corpus_2026-11-25.spacy.jsonl");
    }

    #[test]
    fn exports_are_named_after_the_document_or_the_corpus() {
        let date = CalendarDate::from_ymd(2026, 11, 25);
        let mut ws = Workspace::default();
        ws.add_loaded(Loaded::Text { name: "kremlin-talks.txt".into(), text: "Kyiv".into() });
        ws.sync_draft(None, "Talks with the U.S. resume\nin Geneva").unwrap();
        let name = |ws: &Workspace, scope| ws.export_file_name(scope, date, "json");
        ws.current = 0;
        assert_eq!(name(&ws, Scope::Document), "kremlin-talks_2026-11-25.json");
        assert_eq!(name(&ws, Scope::Corpus), "corpus_2026-11-25.json");
        ws.current = 1;
        assert_eq!(name(&ws, Scope::Document), "Talks-with-the-U.S.-resume_2026-11-25.json");
        assert_eq!(ws.export_file_name(Scope::Document, date, "csv"), "Talks-with-the-U.S.-resume_2026-11-25.csv");
        assert_eq!(name(&Workspace::default(), Scope::Document), "corpus_2026-11-25.json", "no document");
    }

    #[test]
    fn a_text_with_its_spans_found_elsewhere_is_added_as_the_text_would_be() {
        let text = "“It is complex,” Kremlin spokesman Dmitry Peskov said in Moscow on June 3, 2025.\n";
        let file = |name: &str| Loaded::Text { name: name.into(), text: text.into() };
        let found = || annotator_extract::annotate("", "", text).spans;
        let (mut plain, mut given) = (ws_with(&["Kyiv"]), ws_with(&["Kyiv"]));
        assert_eq!(plain.add_all(vec![file("talks.txt"), file("talks.txt")]), [1, 2]);
        assert_eq!(
            given.add_all(vec![file("talks.txt").with_spans(found()), file("talks.txt").with_spans(found())]),
            [1, 2]
        );
        assert_eq!(given, plain, "the same ids (talks, talks-2), names, spans and current document");
        assert_eq!(given.docs[2].id, "talks-2");
        assert_eq!(given.docs[1].spans().len(), 4);
        // The re-import question counts them alike, and a labelled file stays as it is.
        assert_eq!(given.duplicates(&[file("a.txt").with_spans(found())]), plain.duplicates(&[file("a.txt")]));
        let labelled = Loaded::Labelled(vec![Document::new("x", "x", "Sumy")]);
        assert_eq!(labelled.clone().with_spans(found()), labelled);
    }

    #[test]
    fn an_export_holds_all_when_it_is_the_corpus_or_the_only_document() {
        let mut ws = ws_with(&["Kyiv"]);
        assert!(ws.export_holds_all(Scope::Document));
        assert!(ws.export_holds_all(Scope::Corpus));
        ws.add_loaded(Loaded::Text { name: "b.txt".into(), text: "Sumy".into() });
        assert!(!ws.export_holds_all(Scope::Document));
        assert!(ws.export_holds_all(Scope::Corpus));
    }
}
