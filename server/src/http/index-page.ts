/**
 * index.html as the server sends it. The build's holds relative asset URLs (vite.config.ts `base: './'`), which a
 * deep link such as /libraries/abc would resolve against its own folder: they are made absolute under the base
 * path, and the base path goes into a meta tag the app reads for its router and API calls
 * (web/src/lib/base-path.ts). Each answer also preloads what the first view needs next, so nothing waits in turn
 * (issue 16): the API requests the app is about to make (first-view-requests.ts) and its language's dictionary.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'express';

type Language = 'en' | 'zh';

interface Build {
  mtimeMs: number;
  /** The page with asset URLs absolute, and a mark where each answer's preloads go. */
  html: string;
  /** Each language's dictionary chunk (web/src/lib/i18n/i18n.tsx loads the one shown before the first render). */
  dictionaries: Partial<Record<Language, string>>;
}

const PRELOADS = '<!--preloads-->';

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** index.html made absolute under `basePath` ('' for the root, else a path BASE_PATH validated). */
export function indexHtmlFor(html: string, basePath: string): string {
  return html
    .replaceAll('="./assets/', `="${basePath}/assets/`)
    .replace('<head>', `<head>\n    <meta name="base-path" content="${basePath}" />${PRELOADS}`);
}

/** The language the app will show on a first visit: web/src/lib/i18n/i18n.tsx's choice, from the same header. */
export function languageOf(acceptLanguage: string | undefined): Language {
  return (acceptLanguage ?? '').trim().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** What the page at this request needs first: API paths to preload, and whether they apply. */
export type FirstRequests = (req: Request) => string[];

/** index.html for each request; the build is read again only when it changes (a rebuild while the server runs). */
export function indexPage(dir: string, basePath: string, firstRequests: FirstRequests) {
  const file = join(dir, 'index.html');
  let build: Build | undefined;
  const load = (mtimeMs: number): Build => {
    const dictionaries: Build['dictionaries'] = {};
    const assets = join(dir, 'assets');
    const names = statSync(assets, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(assets) : [];
    for (const name of names) {
      const language = /^dictionary-(en|zh)-[\w-]+\.js$/.exec(name)?.[1];
      if (language === 'en' || language === 'zh') dictionaries[language] = `${basePath}/assets/${name}`;
    }
    return { mtimeMs, html: indexHtmlFor(readFileSync(file, 'utf8'), basePath), dictionaries };
  };
  return (req: Request): string | undefined => {
    const mtimeMs = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (mtimeMs === undefined) return undefined;
    if (build?.mtimeMs !== mtimeMs) build = load(mtimeMs);
    // `crossorigin`: the credentials mode of the app's own fetch() (same-origin), which the reuse must match.
    const tags = firstRequests(req).map(
      (href) => `\n    <link rel="preload" as="fetch" crossorigin href="${escapeAttribute(href)}" />`,
    );
    const dictionary = build.dictionaries[languageOf(req.headers['accept-language'])];
    if (dictionary !== undefined) tags.push(`\n    <link rel="modulepreload" href="${dictionary}" />`);
    return build.html.replace(PRELOADS, tags.join(''));
  };
}
