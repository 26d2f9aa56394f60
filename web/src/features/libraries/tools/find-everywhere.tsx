/**
 * When a LibId search finds nothing in the view on screen, the offer to look in every region and algorithm, and
 * then where each ID lives, linked straight to its library page (or that it lives nowhere that answered).
 */
import { REGION_NAMES } from '@ice-console/shared/regions';
import { useState } from 'react';
import { Link } from 'wouter';
import { useI18n } from '../../../lib/i18n/i18n';
import { useFindLibraries } from '../api/find-libraries';
import { libraryPath } from '../paths';
import { useToolsTexts } from './use-tools-texts';

export function FindEverywhere({ libIds }: { libIds: string[] }) {
  const { t, language } = useI18n();
  const texts = useToolsTexts().find;
  const [asked, setAsked] = useState(false);
  const query = useFindLibraries(libIds, asked);
  if (!asked) {
    return (
      <p className="notice">
        <button type="button" onClick={() => setAsked(true)}>
          {texts.offer}
        </button>
        <span className="hint">{texts.offerHint}</span>
      </p>
    );
  }
  if (query.isError) {
    return (
      <p className="notice warning" role="alert">
        {texts.failed}{' '}
        <button type="button" onClick={() => void query.refetch()}>
          {texts.retry}
        </button>
      </p>
    );
  }
  if (!query.data)
    return (
      <p className="notice" role="status">
        {texts.searching}
      </p>
    );
  const place = (region: keyof typeof REGION_NAMES, algorithm: keyof typeof t.algorithms) =>
    texts.in(REGION_NAMES[region][language], t.algorithmNouns[algorithm]);
  const { libraries, unanswered } = query.data;
  return (
    <section className="notice find-results" aria-label={texts.title} role="status">
      <h3>{texts.title}</h3>
      <ul>
        {libraries.map(({ libId, places }) => (
          <li key={libId}>
            <code>{libId}</code>:{' '}
            {places.length === 0
              ? texts.nowhere
              : places.map((found) => (
                  <Link key={`${found.region}/${found.algorithm}`} href={libraryPath(libId, found)}>
                    {found.libName} · {place(found.region, found.algorithm)}
                  </Link>
                ))}
          </li>
        ))}
      </ul>
      {unanswered.length > 0 && (
        <p className="hint">
          {texts.unanswered(unanswered.map((view) => place(view.region, view.algorithm)).join(', '))}
        </p>
      )}
    </section>
  );
}
