//! Output: the files a format wrote, to standard output or to `-o OUT`.
//! One file goes to OUT (or stdout) as it is; several go into the
//! directory OUT, or onto stdout as one zip archive.

use std::io::Write;
use std::path::Path;

use annotator_formats::OutFile;

/// Why the output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("{0}: cannot write: {1}")]
    Io(String, std::io::Error),
}

pub fn write(files: &[OutFile], out: Option<&Path>) -> Result<(), OutputError> {
    let io = |p: &Path| {
        let shown = p.display().to_string();
        move |e| OutputError::Io(shown, e)
    };
    match (files, out) {
        ([one], Some(path)) => std::fs::write(path, &one.bytes).map_err(io(path)),
        (many, Some(dir)) => {
            std::fs::create_dir_all(dir).map_err(io(dir))?;
            for f in many {
                let path = dir.join(&f.name);
                std::fs::write(&path, &f.bytes).map_err(io(&path))?;
            }
            Ok(())
        }
        (files, None) => {
            let bytes = match files {
                [one] => one.bytes.clone(),
                many => annotator_formats::zip::write(
                    &many.iter().map(|f| (f.name.clone(), f.bytes.clone())).collect::<Vec<_>>(),
                ),
            };
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(&bytes).and_then(|_| stdout.flush()).map_err(io(Path::new("<stdout>")))
        }
    }
}
