//! `systems retire`: the retirement workflow, one recorded step at a time, in order:
//! suspected → confirmed → offline → data → released → retired. A step names its day, the
//! person (for `confirmed`, who approved) and a note; `data` also how the data was handled
//! (archived, migrated, destroyed) and where. Skipping a step is refused.
use crate::db::systems::Step;
use crate::db::{Counts, Store};
use crate::domain::systems::{step_index, DATA_DISPOSITIONS, STEPS};
use crate::error::Fail;
use anyhow::Result;
use jiff::civil::Date;
use serde::Serialize;

#[derive(Debug, Clone)]
pub struct RetireOptions {
    pub id: String,
    /// The step to record [default: the next one].
    pub step: Option<String>,
    pub day: Date,
    pub person: String,
    pub note: String,
    /// For `data`: archived | migrated | destroyed.
    pub data: Option<String>,
    /// For `data`: where the data went (an archive, the system it moved to, the destruction record).
    pub location: Option<String>,
    pub dry_run: bool,
}

#[derive(Debug, Serialize)]
pub struct Retired {
    pub dry_run: bool,
    pub system: String,
    pub recorded: Step,
    /// Every step recorded, this one included.
    pub steps: Vec<Step>,
    pub next: Option<&'static str>,
}

/// The step `retire` would record next for a system, given the steps it has.
pub fn next_step(done: &[Step]) -> Option<&'static str> {
    STEPS.get(done.len()).map(|(s, _)| *s)
}

/// Check a step against the workflow before asking for confirmation.
pub fn plan(store: &mut Store, opts: &RetireOptions) -> Result<(&'static str, Vec<Step>)> {
    super::get(store, &opts.id)?;
    let done = store.retirement_steps(&opts.id)?;
    let Some(next) = next_step(&done) else {
        return Err(Fail::usage(format!("{} is retired already", opts.id)).into());
    };
    if let Some(step) = &opts.step {
        let Some(i) = step_index(step) else {
            let names: Vec<&str> = STEPS.iter().map(|(s, _)| *s).collect();
            return Err(Fail::usage(format!("unknown step {step:?}")).hint(format!("steps, in order: {}", names.join(" → "))).into());
        };
        if STEPS[i].0 != next {
            let msg = if i < done.len() {
                format!("{} is recorded for {} already", step, opts.id)
            } else {
                format!("{} cannot skip to {step}: the next step is {next}", opts.id)
            };
            return Err(Fail::usage(msg).hint(format!("record {next} first: mzctl systems retire {} --step {next}", opts.id)).into());
        }
    }
    if let Some(last) = done.last().filter(|l| l.day > opts.day) {
        return Err(Fail::usage(format!("{next} on {} would come before {} ({})", opts.day, last.step, last.day)).into());
    }
    if next == "data" {
        match opts.data.as_deref() {
            Some(d) if DATA_DISPOSITIONS.contains(&d) => {}
            _ => return Err(Fail::usage("the data step needs --data archived|migrated|destroyed and --where").into()),
        }
        if opts.location.as_deref().is_none_or(|w| w.trim().is_empty()) {
            return Err(
                Fail::usage("the data step needs --where: the archive, the system the data moved to, or the destruction record").into()
            );
        }
    } else if opts.data.is_some() || opts.location.is_some() {
        return Err(Fail::usage(format!("--data and --where belong to the data step, not {next}")).into());
    }
    if opts.person.trim().is_empty() {
        return Err(Fail::usage("--by names the person (for confirmed: who approved)").into());
    }
    Ok((next, done))
}

/// Record the next step (after [`plan`] and any confirmation).
pub fn record(store: &mut Store, opts: &RetireOptions, step: &'static str, mut done: Vec<Step>) -> Result<(Retired, Counts)> {
    let detail = match (&opts.data, &opts.location) {
        (Some(d), Some(w)) => format!("{d}: {}", w.trim()),
        _ => String::new(),
    };
    let recorded = Step {
        system: opts.id.clone(),
        step: step.to_string(),
        day: opts.day,
        person: opts.person.trim().to_string(),
        note: opts.note.clone(),
        detail,
        recorded_at: crate::clock::now()?,
    };
    if !opts.dry_run {
        store.add_retirement_step(&recorded)?;
    }
    done.push(recorded.clone());
    let next = next_step(&done);
    Ok((
        Retired { dry_run: opts.dry_run, system: opts.id.clone(), recorded, steps: done, next },
        Counts::from([("system_retirement_steps.inserted".to_string(), 1)]),
    ))
}
