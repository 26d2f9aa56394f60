/** One sample at full size, with its SampleId and image address to copy, and the way to its entity. */
import type { Sample } from '@ice-console/shared/library-contents';
import { CopyButton } from '../../../components/copy-button';
import { Dialog } from '../../../components/dialog';
import { PageLink } from '../components/page-link';
import { useContentsTexts } from '../contents/use-contents-texts';
import { safeImageUrl } from './image-url';
import { SampleImage } from './sample-image';

interface Props {
  sample: Sample;
  /** The entity's page, when the dialog is not already on it (a search by name). */
  entityHref: string | undefined;
  onClose: () => void;
}

export function SampleDialog({ sample, entityHref, onClose }: Props) {
  const texts = useContentsTexts();
  const href = safeImageUrl(sample.imageUrl);
  return (
    <Dialog title={texts.samples.dialog(sample.sampleId)} closeLabel={texts.samples.close} onClose={onClose}>
      <div className="dialog-image">
        <SampleImage url={sample.imageUrl} alt={texts.samples.dialog(sample.sampleId)} size="full" />
      </div>
      <dl className="facts stacked">
        <div>
          <dt>{texts.samples.sampleId}</dt>
          <dd className="lib-id">
            <code>{sample.sampleId}</code>
            <CopyButton text={sample.sampleId} what={texts.samples.sampleId} />
          </dd>
        </div>
        <div>
          <dt>{texts.samples.imageUrl}</dt>
          <dd className="lib-id">
            <code className="url">{sample.imageUrl}</code>
            <CopyButton text={sample.imageUrl} what={texts.samples.imageUrl} />
            {href && (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {texts.samples.openImage}
              </a>
            )}
          </dd>
        </div>
        <div>
          <dt>{texts.entityId}</dt>
          <dd className="lib-id">
            <code>{sample.entityId}</code>
            {entityHref && <PageLink href={entityHref}>{texts.samples.openEntity}</PageLink>}
          </dd>
        </div>
      </dl>
    </Dialog>
  );
}
