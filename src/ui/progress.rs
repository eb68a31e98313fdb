//! Progress bars on stderr over indicatif: hidden off a terminal or with `-q`, abandoned (left
//! as they stood) when dropped unfinished, e.g. on an error.
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

pub struct Progress {
    bar: ProgressBar,
    finished: bool,
}

impl Progress {
    fn new(len: Option<u64>, template: &str, quiet: bool) -> Progress {
        let bar = match len {
            Some(n) => ProgressBar::new(n),
            None => ProgressBar::new_spinner(),
        };
        if quiet || !std::io::stderr().is_terminal() {
            bar.set_draw_target(ProgressDrawTarget::hidden());
        }
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("█▉▊▋▌▍▎▏ "));
        }
        Progress { bar, finished: false }
    }

    /// A bar over bytes read, with rows counted in the message.
    pub fn bytes(total: Option<u64>, quiet: bool) -> Progress {
        Progress::new(total, "{spinner} {bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} eta {eta} {msg}", quiet)
    }

    /// A bar over items (rows, certificates, systems).
    pub fn items(total: Option<u64>, what: &str, quiet: bool) -> Progress {
        let template = format!("{{spinner}} {{bar:30}} {{human_pos}}/{{human_len}} {what} {{per_sec}} eta {{eta}} {{msg}}");
        Progress::new(total, &template, quiet)
    }

    pub fn set(&self, pos: u64) {
        self.bar.set_position(pos);
    }

    pub fn inc(&self, n: u64) {
        self.bar.inc(n);
    }

    pub fn message(&self, msg: String) {
        self.bar.set_message(msg);
    }

    /// Clear the bar: the work is done and a summary follows.
    pub fn finish(mut self) {
        self.finished = true;
        self.bar.finish_and_clear();
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if !self.finished {
            self.bar.abandon();
        }
    }
}
