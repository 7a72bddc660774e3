//! Entry point of the web app: restores saved work and mounts [`annotator::App`].
fn main() {
    annotator::start();
}
