//! Entry point of the web app: mounts [`annotator::App`] on the page.
fn main() {
    leptos::mount::mount_to_body(annotator::App);
}
