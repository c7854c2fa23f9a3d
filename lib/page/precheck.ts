// A cheap test that a text could hold a casualty or recruitment figure at all,
// so pages and blocks about something else cost one regex pass. Used until
// the extractor's own mayContainFigures (lib/extract/precheck.ts) lands.

const SUBJECT =
  /\b(?:kill|casualt|troop|soldier|personnel|wounded|injured|loss|lost|losing|recruit|enlist|mobili[sz]|dead|death|died|fighters|servicem[ae]n|KIA|desert|captured|missing|prisoners|army|forces|conscript)/i;
const NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|dozen)/i;

export function mayContainFigures(text: string): boolean {
  return SUBJECT.test(text) && NUMBER.test(text);
}
