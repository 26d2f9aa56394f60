/**
 * One page of samples as a grid of fixed-size thumbnails; a thumbnail opens the sample at full size. Samples of a
 * label library are text prompts the service does not list back: their cards say so instead of showing nothing.
 */
import type { Algorithm } from '@ice-console/shared/algorithms';
import type { Sample } from '@ice-console/shared/library-contents';
import type { Region } from '@ice-console/shared/regions';
import { useState } from 'react';
import { CopyButton } from '../../../components/copy-button';
import { useContentsTexts } from '../contents/use-contents-texts';
import { LazyDeleteSample } from '../manage/lazy-manage';
import { SampleDialog } from './sample-dialog';
import { SampleImage } from './sample-image';

interface Props {
  samples: Sample[];
  algorithm: Algorithm;
  region: Region;
  isStale: boolean;
  /** The entity page of a sample, when the grid is not on it (a search by name). */
  entityHrefOf?: (sample: Sample) => string;
}

export function SamplesGrid({ samples, algorithm, region, isStale, entityHrefOf }: Props) {
  const texts = useContentsTexts();
  const [open, setOpen] = useState<Sample | undefined>();
  return (
    <>
      <ul
        className={isStale ? 'samples-grid is-stale' : 'samples-grid'}
        aria-label={texts.samples.listLabel}
        aria-busy={isStale}
      >
        {samples.map((sample) => (
          <li key={sample.sampleId} className="sample-card">
            {algorithm === 'label' ? (
              <span className="image-placeholder thumb prompt">{texts.samples.label}</span>
            ) : (
              <button
                type="button"
                className="sample-open"
                aria-label={texts.samples.open(sample.sampleId)}
                onClick={() => setOpen(sample)}
              >
                <SampleImage url={sample.imageUrl} alt="" size="thumb" />
              </button>
            )}
            <span className="lib-id">
              <code>{sample.sampleId}</code>
              <CopyButton text={sample.sampleId} what={sample.sampleId} />
            </span>
            <LazyDeleteSample address={{ ...sample, region, algorithm }} />
          </li>
        ))}
      </ul>
      {open && (
        <SampleDialog sample={open} entityHref={entityHrefOf?.(open)} onClose={() => setOpen(undefined)} />
      )}
    </>
  );
}
