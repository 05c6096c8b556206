// The embed's card heights, as a host frame sizes it: the height of embed.html's document at
// a column width, for every variant (the story at each step, each step alone, the calculator
// alone). The end-to-end tests hold them to their limits, `make bench` reports them, and both
// measure them here.

/** The column widths the card is made for, and each variant's limits there (src/embed.rs). */
export const WIDTHS = [360, 640];
export const LIMITS = {
  story: { 360: 1300, 640: 1000 },
  step: { 360: 1300, 640: 1000 },
  calculator: { 360: 2200, 640: 1600 },
};
/**
 * The height of the frame a column page measures a card in (WebDriver, Firefox and WebKit): taller
 * than any card, as a host that fits its frame to the card shows it (embed.js). In a shorter frame
 * the card scrolls, and Firefox's scrollbar takes 12 px of its width: the Spanish card at
 * the-feud measured 1391 px at 360 px in a 400 px frame, and 1350 in this one.
 */
export const FRAME_HEIGHT = 3000;

/** The step that holds the calculator: the story's limits there are the calculator's. */
export const CALCULATOR_STEP = 'do-the-math';

/** Every variant: its name, its query, and its limits. */
export function variants(slugs) {
  return [
    ...slugs.map((slug) => ({ name: `story at ${slug}`, view: 'story', slug, query: `?step=${slug}` })),
    ...slugs.map((slug) => ({ name: `${slug} alone`, view: 'step', slug, query: `?view=step&step=${slug}` })),
    { name: 'calculator alone', view: 'calculator', slug: CALCULATOR_STEP, query: '?view=calculator' },
  ].map((variant) => ({
    ...variant,
    limits: LIMITS[variant.slug === CALCULATOR_STEP ? 'calculator' : variant.view],
  }));
}

/** The steps' slugs, in order, as the built embed lists them. */
export async function stepSlugs(page, embedUrl) {
  await page.goto(embedUrl);
  return page.$$eval('.step', (steps) => steps.map((step) => step.id.replace(/^step-/, '')));
}

/**
 * The card's height (px, rounded up, as the app reports it to its host) for `query` at
 * `width`, once live and settled, in a page of `context`.
 */
export async function cardHeight(context, embedUrl, query, width) {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(embedUrl + query);
    await page.waitForSelector('html[data-live="true"]');
    await page.evaluate(() => document.fonts.ready);
    return await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  } finally {
    await page.close();
  }
}
