/** The library's name, description and copyable LibId, with where it lives; grey bars while it loads. */
import type { Library } from '@ice-console/shared/libraries';
import { REGION_NAMES } from '@ice-console/shared/regions';
import { CopyButton } from '../../../components/copy-button';
import { useI18n } from '../../../lib/i18n/i18n';
import type { ContentsView } from '../contents/contents-view';
import { useContentsTexts } from '../contents/use-contents-texts';

interface Props {
  titleId: string;
  libId: string;
  library: Library | undefined;
  view: ContentsView;
}

export function LibraryHeader({ titleId, libId, library, view }: Props) {
  const { t, language } = useI18n();
  const texts = useContentsTexts();
  return (
    <header className="page-header" aria-busy={library === undefined}>
      <h2 id={titleId} className="page-title">
        {library ? (
          library.libName
        ) : (
          <>
            <span className="bar title-bar" />
            <span className="sr-only">{texts.libraryLoading}</span>
          </>
        )}
      </h2>
      {library && (
        <p className={library.libDescription === '' ? 'hint' : undefined}>
          {library.libDescription === '' ? texts.noDescription : library.libDescription}
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{texts.libId}</dt>
          <dd className="lib-id">
            <code>{libId}</code>
            <CopyButton text={libId} what={texts.libId} />
          </dd>
        </div>
        <div>
          <dt>{t.region}</dt>
          <dd>
            {REGION_NAMES[view.region][language]} · {view.region}
          </dd>
        </div>
        <div>
          <dt>{t.algorithm}</dt>
          <dd>{t.algorithms[view.algorithm]}</dd>
        </div>
      </dl>
    </header>
  );
}
