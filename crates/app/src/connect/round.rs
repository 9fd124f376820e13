//! Running a round on a programme: the engine's input from the programme's people and pairs, the
//! engine's answer as proposals to store (each with the factors that made it) and a summary of who
//! waits and why, with the fairness report. The page, the API and `bridges match programme` all run
//! a round through [`compute`] and [`run_round`].

use super::programme::{group, load, ProgrammeData};
use crate::{Error, Result, Services};
use bridges_domain::policy::{ReadParticipants, RunProgrammes};
use bridges_domain::ParticipantId;
use bridges_domain::{ErrorCode, ProgrammeId};
use bridges_pairing::{by_group, disparity, run_round_capped, Cap, GroupOutcome, Progress, Reason, Round};
use bridges_store::Grant;
use bridges_store::{NewProposal, StoredRound};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Groups smaller than this are shown but not compared: a rate over three people says little.
pub const MIN_GROUP: u32 = 5;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Fairness {
    /// "language", "gender" or "area".
    pub by: String,
    /// The cap in percentage points, if the coordinator set one.
    pub max_gap: Option<u8>,
    /// The largest gap in pairing rate between comparable groups, before and after the cap.
    pub gap_before: Option<f64>,
    pub gap_after: Option<f64>,
    pub met: bool,
    pub groups: Vec<GroupOutcome>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RoundSummary {
    pub proved_optimal: bool,
    pub candidate_pairs: usize,
    pub newcomers: usize,
    pub volunteers: usize,
    pub proposals: usize,
    /// Stored in rows of their own, not in the saved summary (see [`RoundSummary::stored`]).
    #[serde(default)]
    pub unpaired: Vec<(ParticipantId, Reason)>,
    /// Not stored: a page shows only who waits.
    #[serde(default)]
    pub idle_volunteers: Vec<ParticipantId>,
    pub fairness: Fairness,
}

impl RoundSummary {
    /// The summary as saved, and why each newcomer waits, to save beside it one row each: a
    /// city's round leaves tens of thousands waiting (4 MB of reasons at 100,000 people) and a
    /// page shows a few of them. Idle volunteers are not saved: no page reads them back.
    pub fn stored(&self) -> Result<(String, Vec<(ParticipantId, String)>)> {
        #[derive(Serialize)]
        struct Saved<'a> {
            proved_optimal: bool,
            candidate_pairs: usize,
            newcomers: usize,
            volunteers: usize,
            proposals: usize,
            fairness: &'a Fairness,
        }
        let saved = Saved {
            proved_optimal: self.proved_optimal,
            candidate_pairs: self.candidate_pairs,
            newcomers: self.newcomers,
            volunteers: self.volunteers,
            proposals: self.proposals,
            fairness: &self.fairness,
        };
        let json = |e: serde_json::Error| Error::Internal(e.to_string());
        let waiting = self
            .unpaired
            .iter()
            .map(|(id, reason)| Ok((*id, serde_json::to_string(reason).map_err(json)?)))
            .collect::<Result<Vec<_>>>()?;
        Ok((serde_json::to_string(&saved).map_err(json)?, waiting))
    }

    /// The summary as a page shows it: the counts, the proof and the fairness, with the reasons of
    /// only the newcomers in `shown` and no idle volunteers. The round read from the store carries
    /// the reasons of the people the page lists; a round saved before those had rows of their own
    /// keeps all of them in its summary, where the others' are skipped unread instead of parsed.
    pub fn for_people(round: &StoredRound, shown: &HashSet<ParticipantId>) -> Option<RoundSummary> {
        #[derive(Deserialize)]
        struct Glance<'a> {
            proved_optimal: bool,
            candidate_pairs: usize,
            newcomers: usize,
            volunteers: usize,
            proposals: usize,
            #[serde(borrow, default)]
            unpaired: Vec<(ParticipantId, &'a RawValue)>,
            fairness: Fairness,
        }
        let glance: Glance = serde_json::from_str(&round.summary).ok()?;
        let saved_before = glance.unpaired.into_iter().map(|(id, reason)| (id, reason.get()));
        let unpaired = saved_before
            .chain(round.waiting.iter().map(|(id, reason)| (*id, reason.as_str())))
            .filter(|(id, _)| shown.contains(id))
            .map(|(id, reason)| Some((id, serde_json::from_str(reason).ok()?)))
            .collect::<Option<Vec<_>>>()?;
        Some(RoundSummary {
            proved_optimal: glance.proved_optimal,
            candidate_pairs: glance.candidate_pairs,
            newcomers: glance.newcomers,
            volunteers: glance.volunteers,
            proposals: glance.proposals,
            unpaired,
            idle_volunteers: Vec::new(),
            fairness: glance.fairness,
        })
    }
}

/// A round computed on a programme as it was read: the proposals to store, and the summary.
pub struct ComputedRound {
    pub data: ProgrammeData,
    pub proposals: Vec<NewProposal>,
    pub summary: RoundSummary,
    /// How long the engine itself took (not the reading and saving around it).
    pub engine_time: std::time::Duration,
}

/// How many times a round is computed again when the programme moved while it ran.
const ROUND_ATTEMPTS: usize = 3;

/// Hears how far a round has got.
pub type Watch = Arc<dyn Fn(Progress) + Send + Sync>;

/// Reads the programme (an audited read of its people, named by `what`) and runs the engine on it,
/// saving nothing, telling `watch` how far the engine has got.
pub async fn compute(
    services: &Services,
    grant: &Grant<ReadParticipants>,
    id: ProgrammeId,
    what: &str,
    watch: Watch,
) -> Result<ComputedRound> {
    let data = load(services, grant, id, what).await?;
    let (now, threads) = (services.now(), services.round_threads);
    // A city's round takes seconds of CPU: the other pages keep answering meanwhile.
    crate::off_the_workers(move || {
        let started = std::time::Instant::now();
        let mut data = data;
        let (proposals, summary) = run(&mut data, now, threads, &*watch);
        ComputedRound { data, proposals, summary, engine_time: started.elapsed() }
    })
    .await
}

/// Runs a round on the programme as it stands and saves its proposals and summary. A round saves
/// only against the programme it read: if a pair was accepted or a person withdrew meanwhile, it
/// reads the programme again and computes again.
pub async fn run_round(services: &Services, grant: &Grant<RunProgrammes>, id: ProgrammeId) -> Result<ComputedRound> {
    run_round_watched(services, grant, id, Arc::new(|_| {})).await
}

/// [`run_round`], telling `watch` how far the engine has got.
pub async fn run_round_watched(
    services: &Services,
    grant: &Grant<RunProgrammes>,
    id: ProgrammeId,
    watch: Watch,
) -> Result<ComputedRound> {
    let read = grant.also::<ReadParticipants>()?;
    for _ in 0..ROUND_ATTEMPTS {
        let round = compute(services, &read, id, "round", watch.clone()).await?;
        let (text, waiting) = round.summary.stored()?;
        let revision = round.data.programme.revision;
        let saved =
            services.store().save_round(grant, id, revision, &round.proposals, (&text, &waiting), services.now()).await;
        match saved {
            Ok(()) => return Ok(round),
            Err(bridges_store::StoreError::Conflict(ErrorCode::RoundStale)) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(Error::Code(ErrorCode::RoundStale))
}

/// A round started from a page: finished within the wait, or still running in the background.
pub enum Started<T = ComputedRound> {
    Finished(Box<T>),
    Running,
}

/// Where a round started from a page stands while it runs, and how it ended if it failed: the
/// page that started it has long been answered.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum UnderWay {
    Running {
        progress: Option<Progress>,
        seconds: u64,
    },
    /// Why it failed, when a member can be told.
    Failed(Option<ErrorCode>),
}

/// A round's state in [`RoundsUnderWay`]: since when, and how far it has got or why it failed.
type Entry = (Instant, Result<Option<Progress>, Option<ErrorCode>>);

/// The rounds running in this process, by programme.
#[derive(Clone, Default)]
pub struct RoundsUnderWay(Arc<Mutex<HashMap<ProgrammeId, Entry>>>);

impl RoundsUnderWay {
    fn entries(&self) -> std::sync::MutexGuard<'_, HashMap<ProgrammeId, Entry>> {
        // A panic while the lock was held leaves plain data behind: still good to read.
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Runs `job` for programme `id` in the background unless a job is running for it already,
    /// and waits for it up to `wait`. The job hears of a [`Watch`] that records its progress; once
    /// it ends, its failure is kept for [`RoundsUnderWay::state`] unless the caller waited for it.
    async fn start<T, F, Fut>(&self, id: ProgrammeId, wait: Duration, job: F) -> Result<Started<T>>
    where
        T: Send + 'static,
        F: FnOnce(Watch) -> Fut,
        Fut: std::future::Future<Output = Result<T>> + Send + 'static,
    {
        {
            let mut entries = self.entries();
            if matches!(entries.get(&id), Some((_, Ok(_)))) {
                return Ok(Started::Running);
            }
            entries.insert(id, (Instant::now(), Ok(None)));
        }
        let rounds = self.clone();
        let watch: Watch = Arc::new(move |progress| {
            if let Some((_, Ok(at))) = rounds.entries().get_mut(&id) {
                *at = Some(progress);
            }
        });
        let (rounds, running) = (self.clone(), job(watch));
        let mut job = tokio::spawn(async move {
            let outcome = running.await;
            let mut entries = rounds.entries();
            match &outcome {
                Ok(_) => entries.remove(&id),
                Err(Error::Code(code)) => entries.insert(id, (Instant::now(), Err(Some(*code)))),
                Err(e) => {
                    tracing::error!(programme = %id, "a round failed: {e}");
                    entries.insert(id, (Instant::now(), Err(None)))
                }
            };
            outcome
        });
        // Past the wait the job runs on by itself.
        let Ok(ended) = tokio::time::timeout(wait, &mut job).await else { return Ok(Started::Running) };
        let outcome = ended.map_err(|e| Error::Internal(format!("round: {e}")))?;
        if outcome.is_err() {
            // The caller is told of the failure: the page has nothing left to show of it.
            let mut entries = self.entries();
            if matches!(entries.get(&id), Some((_, Err(_)))) {
                entries.remove(&id);
            }
        }
        outcome.map(|done| Started::Finished(Box::new(done)))
    }

    /// How the job for programme `id` stands; a failure is told once.
    fn state(&self, id: ProgrammeId) -> Option<UnderWay> {
        let mut entries = self.entries();
        let (since, state) = *entries.get(&id)?;
        match state {
            Ok(progress) => Some(UnderWay::Running { progress, seconds: since.elapsed().as_secs() }),
            Err(code) => {
                entries.remove(&id);
                Some(UnderWay::Failed(code))
            }
        }
    }
}

/// Starts a round in the background unless one is running for the programme already, and waits
/// for it up to `wait`: a small programme's round is done by then and its errors are the
/// caller's; a city's keeps running, and [`under_way`] tells how far it has got.
pub async fn start_round(
    services: &Services,
    grant: &Grant<RunProgrammes>,
    id: ProgrammeId,
    wait: Duration,
) -> Result<Started> {
    grant.also::<ReadParticipants>()?;
    let (background, grant) = (services.clone(), grant.clone());
    services
        .rounds
        .start(id, wait, move |watch| async move { run_round_watched(&background, &grant, id, watch).await })
        .await
}

/// How a round started from a page on programme `id` stands, if one is running or failed since
/// the page last looked (a failure is told once).
pub fn under_way(services: &Services, id: ProgrammeId) -> Option<UnderWay> {
    services.rounds.state(id)
}

/// Runs the engine on the programme as it stands, reading candidates on `threads` threads and
/// telling `watch` how far it has got.
pub fn run(
    data: &mut ProgrammeData,
    now: DateTime<Utc>,
    threads: usize,
    watch: &(dyn Fn(Progress) + Sync),
) -> (Vec<NewProposal>, RoundSummary) {
    let input = data.round_input(now);
    let settings = &data.settings;
    let labels: Vec<String> = input.newcomers.iter().map(|e| group(&e.profile, &settings.fairness_by)).collect();
    let excluded = &input.excluded;
    let (round, gap_before, gap_after, met): (Round, _, _, bool) = match settings.max_gap {
        Some(gap) => {
            let capped = run_round_capped(
                &settings.programme,
                &input.newcomers,
                &input.volunteers,
                &input.room,
                excluded,
                &Cap { labels: &labels, max_gap: f64::from(gap) / 100.0, min_group: MIN_GROUP },
            );
            (capped.round, capped.gap_before, capped.gap_after, capped.met)
        }
        None => {
            let round = bridges_pairing::run_round_watched(
                &settings.programme,
                &input.newcomers,
                &input.volunteers,
                &input.room,
                excluded,
                threads,
                watch,
            );
            let gap = gap_of(&round, &labels, &input.newcomers);
            (round, gap, gap, true)
        }
    };
    let paired = paired_flags(&round, input.newcomers.len());
    let waits: Vec<u32> = input.newcomers.iter().map(|e| e.waiting_days).collect();
    let fairness = Fairness {
        by: settings.fairness_by.clone(),
        max_gap: settings.max_gap,
        gap_before,
        gap_after,
        met,
        groups: by_group(&labels, &paired, &waits),
    };
    let proposals = round
        .proposals
        .iter()
        .map(|p| NewProposal {
            newcomer: input.newcomer_ids[p.newcomer],
            volunteer: input.volunteer_ids[p.volunteer],
            score: p.score,
            explanation: serde_json::to_string(&p.factors).unwrap_or_default(),
        })
        .collect::<Vec<_>>();
    let summary = RoundSummary {
        proved_optimal: round.proved_optimal,
        candidate_pairs: round.candidate_pairs,
        newcomers: input.newcomers.len(),
        volunteers: input.volunteers.len(),
        proposals: proposals.len(),
        unpaired: round.unpaired.iter().map(|(n, r)| (input.newcomer_ids[*n], r.clone())).collect(),
        idle_volunteers: round.idle_volunteers.iter().map(|v| input.volunteer_ids[*v]).collect(),
        fairness,
    };
    data.give_back(input);
    (proposals, summary)
}

fn paired_flags(round: &Round, newcomers: usize) -> Vec<bool> {
    let mut paired = vec![false; newcomers];
    for p in &round.proposals {
        if let Some(flag) = paired.get_mut(p.newcomer) {
            *flag = true;
        }
    }
    paired
}

fn gap_of(round: &Round, labels: &[String], newcomers: &[bridges_pairing::Entrant]) -> Option<f64> {
    let waits: Vec<u32> = newcomers.iter().map(|e| e.waiting_days).collect();
    disparity(&by_group(labels, &paired_flags(round, newcomers.len()), &waits), MIN_GROUP)
}

#[cfg(test)]
mod tests {
    use super::*;
    use bridges_pairing::RoundStep;
    use std::sync::atomic::{AtomicBool, Ordering};
    use tokio::sync::oneshot;

    const SHORT: Duration = Duration::from_millis(20);

    fn at(done: usize) -> Progress {
        Progress { step: RoundStep::Shortlisting, pass: 0, done, of: 10 }
    }

    /// A page's summary keeps the counts, the proof and the fairness, and the reasons of exactly
    /// the newcomers it shows, as the whole summary has them.
    #[test]
    fn a_page_reads_the_reasons_of_the_people_it_shows_only() {
        let ids: Vec<ParticipantId> = (0..4).map(|_| ParticipantId::new()).collect();
        let whole = RoundSummary {
            proved_optimal: true,
            candidate_pairs: 12,
            newcomers: 6,
            volunteers: 3,
            proposals: 2,
            unpaired: ids.iter().zip(1..).map(|(&id, n)| (id, Reason::Outscored { candidates: n })).collect(),
            idle_volunteers: vec![ParticipantId::new()],
            fairness: Fairness {
                by: "language".into(),
                max_gap: Some(20),
                gap_before: Some(0.25),
                gap_after: None,
                met: true,
                groups: vec![GroupOutcome { group: "ar".into(), people: 6, paired: 2, mean_wait_days: 3.5 }],
            },
        };
        let shown: HashSet<ParticipantId> = [ids[1], ids[3], ParticipantId::new()].into();
        let expected: Vec<String> =
            whole.unpaired.iter().filter(|(id, _)| shown.contains(id)).map(|(id, r)| format!("{id} {r:?}")).collect();
        let stored = |summary: String, waiting: Vec<(ParticipantId, String)>| StoredRound {
            ran_at: chrono::Utc::now(),
            ran_by: bridges_domain::UserId::new(),
            summary,
            waiting,
        };
        // As saved now, the reasons in rows of their own (the store returns those of the page's
        // people), and as rounds were saved before, all of them inside the summary.
        let (text, waiting) = whole.stored().expect("a summary is JSON");
        assert!(!text.contains(&ids[0].to_string()), "nobody is named in the summary saved: {text}");
        assert_eq!(waiting.len(), 4);
        let listed = waiting.into_iter().filter(|(id, _)| shown.contains(id)).collect();
        let legacy = serde_json::to_string(&whole).expect("a summary is JSON");
        for round in [stored(text.clone(), listed), stored(legacy, Vec::new())] {
            let page = RoundSummary::for_people(&round, &shown).expect("the page reads it");
            let reasons: Vec<String> = page.unpaired.iter().map(|(id, r)| format!("{id} {r:?}")).collect();
            assert_eq!(reasons, expected);
            assert_eq!(reasons.len(), 2);
            assert_eq!(
                (page.proved_optimal, page.candidate_pairs, page.newcomers, page.volunteers, page.proposals),
                (true, 12, 6, 3, 2)
            );
            assert_eq!(format!("{:?}", page.fairness), format!("{:?}", whole.fairness));
        }
        assert!(RoundSummary::for_people(&stored("{".into(), Vec::new()), &shown).is_none());
        let garbled = stored(text, vec![(ids[1], "{".into())]);
        assert!(RoundSummary::for_people(&garbled, &shown).is_none());
    }

    /// A round outlasting the wait runs on, shows how far it has got, is never started twice,
    /// and leaves nothing behind once it ends.
    #[tokio::test]
    async fn a_long_round_runs_on_and_shows_its_progress() {
        let rounds = RoundsUnderWay::default();
        let id = ProgrammeId::new();
        let (finish, finished) = oneshot::channel::<()>();
        let (watched, watching) = oneshot::channel::<Watch>();
        let started = rounds
            .start(id, SHORT, move |watch| async move {
                let _ = watched.send(watch);
                let _ = finished.await;
                Ok(7)
            })
            .await;
        assert!(matches!(started, Ok(Started::Running)));
        assert!(matches!(rounds.state(id), Some(UnderWay::Running { progress: None, .. })));
        let watch = watching.await.expect("the job hears of its watch");
        watch(at(4));
        assert!(matches!(rounds.state(id), Some(UnderWay::Running { progress: Some(p), .. }) if p == at(4)));

        // A second start while it runs starts nothing.
        let second = AtomicBool::new(false);
        let again = rounds
            .start(id, SHORT, |_| {
                second.store(true, Ordering::SeqCst);
                async { Ok(8) }
            })
            .await;
        assert!(matches!(again, Ok(Started::Running)));
        assert!(!second.load(Ordering::SeqCst));

        finish.send(()).expect("the job waits");
        for _ in 0..200 {
            if rounds.state(id).is_none() {
                break;
            }
            tokio::time::sleep(SHORT).await;
        }
        assert_eq!(rounds.state(id), None);
        // Progress heard after the end changes nothing.
        watch(at(9));
        assert_eq!(rounds.state(id), None);

        // A quick one is simply done.
        let quick = rounds.start(id, Duration::from_secs(5), |_| async { Ok(9) }).await;
        assert!(matches!(quick, Ok(Started::Finished(n)) if *n == 9));
        assert_eq!(rounds.state(id), None);
    }

    /// A failure the caller waited for is the caller's; one after the caller left is told to the
    /// next look at the page, once.
    #[tokio::test]
    async fn a_failed_round_is_told_once() {
        let rounds = RoundsUnderWay::default();
        let id = ProgrammeId::new();
        let quick: Result<Started<u8>> =
            rounds.start(id, Duration::from_secs(5), |_| async { Err(Error::Code(ErrorCode::RoundStale)) }).await;
        assert!(matches!(quick, Err(Error::Code(ErrorCode::RoundStale))));
        assert_eq!(rounds.state(id), None);

        let (finish, finished) = oneshot::channel::<()>();
        let late: Result<Started<u8>> = rounds
            .start(id, SHORT, move |_| async move {
                let _ = finished.await;
                Err(Error::Code(ErrorCode::RoundStale))
            })
            .await;
        assert!(matches!(late, Ok(Started::Running)));
        finish.send(()).expect("the job waits");
        let mut told = None;
        for _ in 0..200 {
            told = rounds.state(id);
            if !matches!(told, Some(UnderWay::Running { .. })) {
                break;
            }
            tokio::time::sleep(SHORT).await;
        }
        assert_eq!(told, Some(UnderWay::Failed(Some(ErrorCode::RoundStale))));
        assert_eq!(rounds.state(id), None, "told once");
    }
}
