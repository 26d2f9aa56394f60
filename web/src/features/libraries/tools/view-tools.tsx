/**
 * "Export all (N)" and "Show as code" beside a view's page export; on the list also the name filter and, when a
 * LibId search finds fewer libraries than it names, the offer to look everywhere (a chunk of its own, see
 * lazy-tools.tsx). Export all opens the full export's panel beside the rows; Show as code a dialog.
 */
import { useState } from 'react';
import { ExportAll } from './export-all';
import { FindEverywhere } from './find-everywhere';
import { NameFilter } from './name-filter';
import { ShowAsCode } from './show-as-code';
import type { NameFilterState, ToolsView } from './tools-view';
import { useToolsTexts } from './use-tools-texts';
import '../../../styles/tools.css';

export default function ViewTools({ view, filter }: { view: ToolsView; filter?: NameFilterState }) {
  const texts = useToolsTexts();
  const [exporting, setExporting] = useState(false);
  const [showingCode, setShowingCode] = useState(false);
  const searched = view.kind === 'libraries' ? (view.request.libId ?? []) : [];
  const total = view.kind === 'samples' ? undefined : view.totalCount;
  return (
    <div className="view-tools">
      {view.kind === 'samples' ? null : exporting ? (
        <ExportAll view={view} onClose={() => setExporting(false)} />
      ) : (
        <button type="button" disabled={!total} onClick={() => setExporting(true)}>
          {texts.exportAll.button(total ?? 0)}
        </button>
      )}
      <button type="button" onClick={() => setShowingCode(true)}>
        {texts.code.button}
      </button>
      {showingCode && <ShowAsCode view={view} onClose={() => setShowingCode(false)} />}
      {filter && <NameFilter {...filter} />}
      {total !== undefined && searched.length > total && (
        <FindEverywhere key={searched.join(',')} libIds={searched} />
      )}
    </div>
  );
}
