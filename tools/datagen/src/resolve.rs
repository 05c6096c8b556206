//! One resolver per data file: each checks its file's entries and turns their ids and
//! citations into indices (`Content::check_unhedged` runs them in order), naming the file and
//! the entry in every error.

use super::*;

/// An entry's citations, taken out of it (they are resolved by index) and put back after.
fn take_cites(cite: &mut OneOrMore<CiteSpec>) -> Vec<CiteSpec> {
    std::mem::replace(cite, OneOrMore::More(Vec::new())).into_vec()
}

/// `sources.toml` with the articles' texts, in order, each checked against those before it.
pub(crate) fn sources(entries: Vec<SourceEntry>, texts: Vec<String>) -> Result<Vec<Source>, DataError> {
    let sources: Vec<Source> = entries.into_iter().zip(texts).map(|(entry, text)| Source { entry, text }).collect();
    for (index, source) in sources.iter().enumerate() {
        check_source(source, &sources[..index])?;
    }
    Ok(sources)
}

/// `entities.toml`: its people and organisations (each name written as in an article, each role
/// cited), then the relations between them.
pub(crate) fn entities(
    entries: EntitiesFile,
    sources: &[Source],
    ids: &Ids,
    registry: &mut Registry,
) -> Result<(Vec<Entity>, Vec<Relation>), DataError> {
    let mut entities = Vec::new();
    for entry in entries.entity {
        let name = format!("entity \"{}\"", entry.id);
        if entry.role.is_empty() {
            return Err(DataError::new(file::ENTITIES, &name, "has no role; give at least one, with its citation"));
        }
        for written in std::iter::once(&entry.name).chain(&entry.aliases) {
            if !sources.iter().any(|s| s.text.contains(written.as_str())) {
                return Err(DataError::new(
                    file::ENTITIES,
                    &name,
                    format!("name \"{written}\" occurs in neither article"),
                ));
            }
        }
        let role_cites =
            entry.role.iter().map(|role| registry.cite(&role.cite, file::ENTITIES, &name)).collect::<Result<_, _>>()?;
        entities.push(Entity { entry, role_cites });
    }
    let mut relations = Vec::new();
    for entry in entries.relation {
        let name = format!("relation \"{} {} {}\"", entry.from, entry.label, entry.to);
        let from = ids.entity(&entry.from, file::ENTITIES, &name)?;
        let to = ids.entity(&entry.to, file::ENTITIES, &name)?;
        let cite = registry.cite(&entry.cite, file::ENTITIES, &name)?;
        relations.push(Relation { entry, from, to, cite });
    }
    Ok((entities, relations))
}

/// `events.toml`: each event's words found in each of its passages, and its date real.
pub(crate) fn events(entries: EventsFile, registry: &mut Registry) -> Result<Vec<Event>, DataError> {
    let mut events = Vec::new();
    for mut entry in entries.event {
        let name = format!("event \"{}\"", entry.id);
        let specs = take_cites(&mut entry.cite);
        let mut cites = Vec::with_capacity(specs.len());
        for spec in &specs {
            if find_passage(&spec.passage, &entry.as_written, 1).is_none() {
                return Err(DataError::new(
                    file::EVENTS,
                    &name,
                    format!("as_written \"{}\" is not in its passage", entry.as_written),
                ));
            }
            cites.push(registry.cite(spec, file::EVENTS, &name)?);
        }
        if cites.is_empty() {
            return Err(DataError::new(file::EVENTS, &name, "has no citation"));
        }
        let date = check_event(&entry).map_err(|problem| DataError::new(file::EVENTS, &name, problem))?;
        entry.cite = OneOrMore::More(specs);
        events.push(Event { entry, date, cites });
    }
    Ok(events)
}

/// `claims.toml`: each claim's speakers, event and the claim it answers, by index.
pub(crate) fn claims(entries: ClaimsFile, ids: &Ids, registry: &mut Registry) -> Result<Vec<Claim>, DataError> {
    let mut claims = Vec::new();
    for mut entry in entries.claim {
        let name = format!("claim \"{}\"", entry.id);
        let specs = take_cites(&mut entry.cite);
        check_claim(&entry, &specs).map_err(|problem| DataError::new(file::CLAIMS, &name, problem))?;
        let speakers = entry.speakers.iter().map(|id| ids.entity(id, file::CLAIMS, &name)).collect::<Result<_, _>>()?;
        let event = entry.event.as_deref().map(|id| ids.event(id, file::CLAIMS, &name)).transpose()?;
        let answers = entry.answers.as_deref().map(|id| ids.claim(id, file::CLAIMS, &name)).transpose()?;
        let cites = specs.iter().map(|spec| registry.cite(spec, file::CLAIMS, &name)).collect::<Result<_, _>>()?;
        entry.cite = OneOrMore::More(specs);
        claims.push(Claim { entry, speakers, event, answers, cites });
    }
    Ok(claims)
}

/// `figures.toml`: each figure's number in its words, and who stated it, by index.
pub(crate) fn figures(entries: FiguresFile, ids: &Ids, registry: &mut Registry) -> Result<Vec<Figure>, DataError> {
    let mut figures = Vec::new();
    for entry in entries.figure {
        let name = format!("figure \"{}\"", entry.id);
        check_figure(&entry).map_err(|problem| DataError::new(file::FIGURES, &name, problem))?;
        let stated_by = match &entry.stated_by {
            Some(OneOrMore::One(id)) => vec![ids.entity(id, file::FIGURES, &name)?],
            Some(OneOrMore::More(list)) => {
                list.iter().map(|id| ids.entity(id, file::FIGURES, &name)).collect::<Result<_, _>>()?
            }
            None => Vec::new(),
        };
        let cite = registry.cite(&entry.cite, file::FIGURES, &name)?;
        figures.push(Figure { entry, stated_by, cite });
    }
    Ok(figures)
}

/// `differences.toml`: each difference's two sides, each cited.
pub(crate) fn differences(
    entries: DifferencesFile,
    sources: &[Source],
    registry: &mut Registry,
) -> Result<Vec<Difference>, DataError> {
    let mut differences = Vec::new();
    for entry in entries.difference {
        let name = format!("difference \"{}\"", entry.id);
        if entry.side.len() != 2 {
            return Err(DataError::new(
                file::DIFFERENCES,
                &name,
                format!("has {} sides; a difference sets exactly two side by side", entry.side.len()),
            ));
        }
        check_difference(&entry, sources).map_err(|problem| DataError::new(file::DIFFERENCES, &name, problem))?;
        let side_cites = entry
            .side
            .iter()
            .map(|side| registry.cite(&side.cite, file::DIFFERENCES, &name))
            .collect::<Result<_, _>>()?;
        differences.push(Difference { entry, side_cites });
    }
    Ok(differences)
}

/// What running text may link to (`[words](entry-id)`): the entries resolved so far, whose
/// first citation a link opens.
pub(crate) struct Links<'a> {
    pub entities: &'a [Entity],
    pub claims: &'a [Claim],
    pub figures: &'a [Figure],
    pub events: &'a [Event],
}

impl Links<'_> {
    /// `text`'s runs, each link resolved to its entry's first citation.
    pub fn runs(&self, text: &str, file: &str, entry: &str) -> Result<Vec<TextRun>, DataError> {
        parse_inline(text)
            .map_err(|problem| DataError::new(file, entry, problem))?
            .into_iter()
            .map(|run| match run {
                Inline::Text(text) => Ok(TextRun::Text(text)),
                Inline::Cited { text, citation } => {
                    let cite = first_cite(&citation, self.entities, self.claims, self.figures, self.events)
                        .ok_or_else(|| {
                            DataError::new(
                                file,
                                entry,
                                format!(
                                    "links to \"{citation}\", which is not the id of an entity, claim, figure or event"
                                ),
                            )
                        })?;
                    Ok(TextRun::Cited { text, cite })
                }
            })
            .collect()
    }
}

/// `steps.toml`: each step's slug, headline and narrative (its links resolved, its length
/// kept), and its claims by index.
pub(crate) fn steps(entries: StepsFile, links: &Links, ids: &Ids, most_words: usize) -> Result<Vec<Step>, DataError> {
    let mut steps: Vec<Step> = Vec::new();
    for entry in entries.step {
        let name = format!("step \"{}\"", entry.slug);
        let fail = |problem: String| Err(DataError::new(file::STEPS, &name, problem));
        if !is_slug(&entry.slug) {
            return fail("slug must be lower-case letters, digits and hyphens".into());
        }
        if steps.iter().any(|s| s.entry.slug == entry.slug) {
            return fail("slug is used twice".into());
        }
        if entry.headline.trim().is_empty() {
            return fail("headline is empty".into());
        }
        let narrative = links.runs(&entry.narrative, file::STEPS, &name)?;
        let words = entry.narrative.split_whitespace().count();
        if words > most_words {
            return fail(format!("narrative has {words} words; keep it to {most_words}"));
        }
        let claims = entry.claims.iter().map(|id| ids.claim(id, file::STEPS, &name)).collect::<Result<_, _>>()?;
        steps.push(Step { entry, narrative, claims });
    }
    if steps.is_empty() {
        return Err(DataError::new(file::STEPS, "(file)", "has no steps"));
    }
    Ok(steps)
}
