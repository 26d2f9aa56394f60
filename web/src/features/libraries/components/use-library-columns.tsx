/** The list's columns: row number, LibId (copyable), the name as a link to the library's page, the description. */
import type { Library } from '@ice-console/shared/libraries';
import { useMemo } from 'react';
import { CopyButton } from '../../../components/copy-button';
import type { Column } from '../../../components/data-table';
import { useI18n } from '../../../lib/i18n/i18n';
import { loadLibraryPage } from '../pages';
import { libraryPath } from '../paths';
import type { LibrariesView } from '../state/url-state';
import { PageLink } from './page-link';

const preload = () => void loadLibraryPage();

interface Options {
  /** The page's rows, which number them. */
  libraries: Library[];
  view: LibrariesView;
  /** The number of rows before the first one shown: of the page on screen, which lags the URL while loading. */
  rowOffset: number;
}

export function useLibraryColumns({ libraries, view, rowOffset }: Options): Column<Library>[] {
  const { t } = useI18n();
  const { region, algorithm } = view;
  return useMemo<Column<Library>[]>(
    () => [
      {
        header: t.table.rowNumber,
        className: 'col-number',
        // Numbered by place on the page, so a filtered row keeps its number.
        cell: (library) => t.formatNumber(rowOffset + libraries.indexOf(library) + 1),
      },
      {
        header: t.table.libId,
        className: 'col-id',
        cell: ({ libId }) => (
          <span className="lib-id">
            <code>{libId}</code>
            <CopyButton text={libId} what={libId} />
          </span>
        ),
      },
      {
        header: t.table.name,
        className: 'col-name',
        cell: ({ libId, libName }) => (
          <PageLink href={libraryPath(libId, { region, algorithm })} onIntent={preload}>
            {libName}
          </PageLink>
        ),
      },
      {
        header: t.table.description,
        className: 'col-description',
        cell: (library) => library.libDescription,
      },
    ],
    [t, rowOffset, region, algorithm, libraries],
  );
}
