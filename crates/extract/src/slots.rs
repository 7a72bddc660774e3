//! Per-token indices into a list of spans (the quote or the mention each
//! token is in), or none: `u32`s with a sentinel, half the memory of
//! `Option<usize>` (a 10 MB text has two million tokens).

/// For each token, the index of the span it is in, if any.
pub struct Slots(Vec<u32>);

impl Slots {
    const NONE: u32 = u32::MAX;

    /// `n` tokens, none in a span.
    pub fn new(n: usize) -> Self {
        Slots(vec![Self::NONE; n])
    }

    /// Token `i` is in span `v` (ignored past the last token).
    pub fn set(&mut self, i: usize, v: usize) {
        if let Some(slot) = self.0.get_mut(i) {
            *slot = u32::try_from(v).unwrap_or(Self::NONE);
        }
    }

    /// The span token `i` is in; `None` also past the last token. Inlined:
    /// asked for token after token by the speaker passes, and a call is dear
    /// in the page's wasm (opt-level "z" inlines almost nothing).
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<usize> {
        self.0.get(i).copied().filter(|&v| v != Self::NONE).map(|v| v as usize)
    }
}
