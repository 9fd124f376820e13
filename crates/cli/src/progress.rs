//! A round's progress on the terminal: a bar redrawn in place while stderr is a terminal, one line
//! per step otherwise (a log keeps every step without a screenful of redraws).

use bridges_pairing::Progress;
use bridges_web::i18n::Tr;
use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The width of the bar, in characters.
const WIDTH: usize = 30;
/// How often the bar is redrawn at most.
const EVERY: Duration = Duration::from_millis(200);

pub struct Bar {
    tr: Tr,
    terminal: bool,
    /// The step last shown, and when the bar was last drawn.
    shown: Mutex<(Option<(&'static str, u32)>, Instant)>,
}

impl Bar {
    pub fn new(tr: Tr) -> Bar {
        Bar { tr, terminal: std::io::stderr().is_terminal(), shown: Mutex::new((None, Instant::now())) }
    }

    /// Shows where the round has got.
    pub fn show(&self, at: Progress) {
        let Ok(mut shown) = self.shown.lock() else { return };
        let step = (at.step.as_str(), at.pass);
        let new_step = shown.0 != Some(step);
        if !new_step && shown.1.elapsed() < EVERY {
            return;
        }
        *shown = (Some(step), Instant::now());
        let words = self.tr.t(&format!("round-step-{}", step.0));
        let percent = (at.fraction() * 100.0).floor() as usize;
        let mut err = std::io::stderr();
        // Progress is a courtesy: a closed stderr changes nothing about the round.
        let _ = if self.terminal {
            let filled = (WIDTH * percent / 100).min(WIDTH);
            write!(err, "\r[{}{}] {percent:>3}% {words}\x1b[K", "#".repeat(filled), ".".repeat(WIDTH - filled))
        } else if new_step {
            writeln!(err, "{percent:>3}% {words}")
        } else {
            Ok(())
        };
    }

    /// Ends the bar's line.
    pub fn finish(&self) {
        if self.terminal {
            let _ = writeln!(std::io::stderr(), "\r[{}] 100%\x1b[K", "#".repeat(WIDTH));
        }
    }
}
