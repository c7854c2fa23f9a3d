// What each source's word counts. Research definitions are named by their
// `term` in ../shared/research/claims/definitions.json, whose quote and
// address the build copies; the others take a verbatim sentence from a seed
// article or a research claim.

import type { Metric } from '../../lib/extract/types';
import type { SeedSource } from './spec';

interface Base {
  id: string;
  metric: Metric;
  counts: string;
  notes?: string;
}
export type DefinitionSpec =
  | (Base & { fromTerm: string; outlet: string })
  | (Base & { term: string; seed: SeedSource })
  | (Base & { term: string; research: string });

export const DEFINITIONS: DefinitionSpec[] = [
  { id: 'ukmod-permanent-combat-losses', fromTerm: 'permanent combat losses (UK MoD)', outlet: 'snipesearch (republishing UK press)', metric: 'casualties', counts: 'Killed, missing and irrevocably wounded: a subset of total casualties that leaves out wounded who return to duty.' },
  { id: 'ukmod-2023-permanent-vs-total-casualties', fromTerm: 'permanent casualties vs total casualties (UK MoD, 2023)', outlet: 'Euromaidan Press', metric: 'casualties', counts: 'Permanent casualties are killed plus permanently wounded; total casualties add temporarily wounded expected to return to duty. The 2023 figures excluded Wagner and prisoner battalions.' },
  { id: 'ukmod-killed-or-missing', fromTerm: 'killed or missing (presumed dead) (UK MoD)', outlet: 'snipesearch (republishing UK press)', metric: 'killed', counts: 'UK MoD fatality figures include the missing presumed dead.' },
  { id: 'ukmod-daily-average-from-general-staff', fromTerm: 'UK MoD daily averages derived from Ukrainian General Staff data', outlet: 'Euromaidan Press', metric: 'casualties', counts: 'UK Defence Intelligence’s daily averages of Russian killed and wounded are computed from Ukrainian General Staff releases, so they are not an independent count; the UK says it cannot verify the method but trusts the trend.' },
  { id: 'ukmod-casualties-killed-wounded', term: 'casualties (UK MoD)', research: 'c167', metric: 'casualties', counts: 'UK MoD "casualties" are Russian killed and wounded together.' },
  { id: 'ua-general-staff-personnel-losses', fromTerm: 'personnel losses (Ukraine General Staff daily tally) – killed and wounded', outlet: 'Babel', metric: 'losses', counts: 'The Ukrainian General Staff’s daily and running figures for Russian "personnel" losses are killed and wounded combined, and approximate. Outlets often call them "killed".' },
  { id: 'ua-general-staff-losses-unspecified', fromTerm: 'personnel losses (Ukraine General Staff) – unspecified composition', outlet: 'The Telegraph', metric: 'losses', counts: 'A day’s General Staff figure does not say how many were killed, captured or missing.' },
  { id: 'ua-general-staff-losses-kyiv-independent', fromTerm: 'personnel losses (Ukraine General Staff) – outlet interpretation', outlet: 'The Kyiv Independent', metric: 'losses', counts: 'The General Staff running tally likely includes killed, captured, wounded and missing (The Kyiv Independent’s reading).' },
  { id: 'mediazona-bbc-named-dead', fromTerm: 'Mediazona / BBC Russian named-dead count', outlet: 'Support for Partnership (republishing Meduza)', metric: 'killed', counts: 'Russian soldiers whose deaths are confirmed one by one, by name, from obituaries, social media and other open sources: a floor, never complete.' },
  { id: 'bbc-russian-named-dead-criterion', fromTerm: 'BBC Russian inclusion criterion (named count)', outlet: 'Radyjo Racyja (citing BBC Russian)', metric: 'killed', counts: 'Only reports naming the dead soldier (full name, rank and, where possible, burial place) are counted.' },
  { id: 'mediazona-bbc-list-sources', fromTerm: 'Mediazona / BBC list sources', outlet: 'The Denver Post (New York Times)', metric: 'killed', counts: 'Named Russian dead gathered from newspaper articles, tombstone photographs, fellow soldiers’ posts and relatives’ tips.' },
  { id: 'meduza-mediazona-excess-mortality-2025', fromTerm: 'Meduza/Mediazona excess-mortality estimate (2025)', outlet: 'Lemmy (quoting Meduza)', metric: 'killed', counts: 'A statistical estimate of all Russian military dead from named lists and probate records; deaths only, excluding foreign nationals and residents of occupied regions.' },
  { id: 'meduza-mediazona-2023-estimate-scope', fromTerm: 'Meduza/Mediazona 2023 estimate scope', outlet: 'Mediazona', metric: 'killed', counts: 'Excess-mortality estimate of Russian dead among men under 50, excluding the forces of the occupied Donetsk and Luhansk regions.' },
  { id: 'irrecoverable-losses', fromTerm: 'irrecoverable losses (безвозвратные потери) – general definition', outlet: 'wikisort.ru (mirror of Russian Wikipedia)', metric: 'losses', counts: 'Personnel permanently lost to combat capability (the Russian military term "безвозвратные потери").' },
  { id: 'irrecoverable-losses-components', fromTerm: 'irrecoverable losses – components', outlet: 'perceptiode.com (German translation of Russian Wikipedia)', metric: 'losses', counts: 'Killed, missing, died of wounds or disease, captured and not returned, and discharged as unfit: not the same as killed.' },
  { id: 'irrecoverable-losses-podolyak', fromTerm: 'irrecoverable losses – Ukrainian official usage (Podolyak)', outlet: 'Wirtualna Polska', metric: 'losses', counts: 'Podolyak’s "irrecoverable" losses are killed plus wounded, amputees, seriously ill, captured and missing: broader than the textbook meaning.' },
  { id: 'total-losses-russian-usage', fromTerm: 'total losses (общие потери)', outlet: 'Dzen (blog)', metric: 'losses', counts: 'In Russian usage, "total losses" are everyone out of the ranks: killed, wounded, captured, missing, deserted and sick. A blog’s explanation, not an official definition.' },
  { id: 'csis-casualties', fromTerm: 'casualties (CSIS)', outlet: 'La Era', metric: 'casualties', counts: 'CSIS casualties are killed, wounded or missing.' },
  { id: 'zelensky-wounded-medical-cases', fromTerm: 'wounded (Zelensky, Ukrainian figure)', outlet: 'The Independent (mirror)', metric: 'wounded', counts: 'Zelensky’s Ukrainian wounded are cases of medical assistance, light and repeat injuries included; about half return to service.' },
  { id: 'economist-out-of-action', fromTerm: '"out of action" (The Economist)', outlet: 'The Lowdown blog (quoting The Economist)', metric: 'casualties', counts: 'Killed plus wounded, inferred from a death estimate at three to four wounded per death.' },
  { id: 'medvedev-volunteers', fromTerm: 'volunteers (Medvedev recruitment figures)', outlet: 'Observatorial (AFP)', metric: 'recruited', counts: 'People in volunteer (paramilitary) formations, counted apart from contract signings.' },
  { id: 'partial-mobilisation-2022', fromTerm: 'partial mobilisation – who is called up', outlet: 'Euro Weekly News', metric: 'mobilized', counts: 'Reservists who have served, have a military speciality and combat experience, called up in September 2022.' },
  { id: 'ru-desertion-vs-awol', fromTerm: 'desertion (Russian Criminal Code art. 338) vs AWOL (art. 337)', outlet: 'uksirius43.ru (commentary on the Criminal Code)', metric: 'deserted', counts: 'Desertion is leaving a unit to evade service altogether; most Russian court cases are the lesser charge of going absent without leave.' },
  { id: 'awol-court-case-counts', fromTerm: 'AWOL court statistics', outlet: 'Meduza (abridged from RFE/RL Kavkaz.Realii)', metric: 'deserted', counts: 'Court cases (absence without leave, desertion, refusing orders), not individuals; many soldiers are prosecuted only after a repeat absence.' },
  { id: 'rightleadingfuture-russian-forces', fromTerm: '"Russian forces" (as interpreted by one outlet)', outlet: 'Right Leading Future', metric: 'casualties', counts: 'One outlet’s reading that UK MoD "Russian forces" include Wagner-type units, North Korean troops and separatists; not an MoD definition.' },
  { id: 'ualosses-dead-vs-missing', fromTerm: 'UALosses range (dead vs dead + missing)', outlet: 'The Economist tracker source data (GitHub)', metric: 'killed', counts: 'Named Ukrainian dead; where a range is given, the high end adds the missing.' },
  {
    id: 'western-officials-casualties',
    term: 'casualties (Western officials, Bloomberg)',
    seed: { seed: '000', from: 'Russia likely sustained 415,000', to: 'over the course of the war.' },
    metric: 'casualties',
    counts: 'Western officials’ "casualties" are Russian killed and wounded together.',
    notes: 'Text of a Bloomberg article reposted verbatim on the petertheil.com forum.',
  },
  {
    id: 'rubio-dead-not-wounded',
    term: 'losing … soldiers (Rubio)',
    seed: { seed: '001', from: '“I think that’s a difficult war', to: 'Not wounded, dead,” he said.' },
    metric: 'killed',
    counts: 'Rubio’s weekly figure counts Russian soldiers killed, explicitly not the wounded.',
    notes: 'Kyiv Post text republished verbatim by isenews.com.',
  },
  {
    id: 'zelensky-killed-in-action',
    term: 'killed in action (Zelensky, January 2026)',
    seed: { seed: '000', from: 'Ukrainian President Volodymyr Zelenskiy cited', to: 'killed in action in January.' },
    metric: 'killed',
    counts: 'Russian personnel killed in action; Kyiv Post reports the same figure as troops "lost".',
    notes: 'Text of a Bloomberg article reposted verbatim on the petertheil.com forum.',
  },
  {
    id: 'fedorov-killed-verified-on-video',
    term: 'killed, verified on video (Fedorov)',
    seed: { seed: '003', from: 'Mr Fedorov has cited the 50,000', to: 'he said.' },
    metric: 'killed',
    counts: 'Russian troops killed by Ukrainian forces, each kill recorded and verified on drone video.',
    notes: 'Wording of The Straits Times’ republication of Bloomberg (30 January 2026); B92’s page reports the same statements.',
  },
  {
    id: 'bloomberg-net-deficit',
    term: 'losses exceeding recruitment (Bloomberg)',
    seed: { seed: '001', from: 'According to Bloomberg, Russia enlisted', to: 'over the same period.' },
    metric: 'net_deficit',
    counts: 'Russian killed and wounded in a month minus the contract soldiers recruited in it.',
    notes: 'Kyiv Post text republished verbatim by isenews.com.',
  },
  {
    id: 'havryliuk-contract-recruits',
    term: 'recruited under contract (Havryliuk)',
    seed: { seed: '002', from: 'The Russian army is losing more soldiers', to: 'in an interview with Ukrinform.' },
    metric: 'recruited',
    counts: 'Russians signed to military contracts; mercenaries and North Korean troops come on top.',
  },
];
