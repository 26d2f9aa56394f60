/**
 * "Add sample": an image address with a preview, or, in a label library, a text prompt (the service takes one
 * or the other by the library's algorithm).
 */
import { WRITE_LIMITS } from '@ice-console/shared/write-limits';
import { useState } from 'react';
import { SampleImage } from '../samples/sample-image';
import { ByteField } from './byte-field';
import { useManageTexts } from './use-manage-texts';
import { useWriteAction } from './use-write-action';
import { createSample, type EntityAddress, useStaleAfterWrites } from './write-api';
import { isImageAddress, overLimit } from './write-checks';
import { WriteForm } from './write-form';

interface Props {
  address: EntityAddress;
  onAdded: (sampleId: string) => void;
  onClose: () => void;
}

export function AddSampleDialog({ address, onAdded, onClose }: Props) {
  const texts = useManageTexts();
  const stale = useStaleAfterWrites();
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const label = address.algorithm === 'label';
  const write = useWriteAction(
    (body: { imageUrl: string } | { labelPrompt: string }, key: string) =>
      createSample(address, { region: address.region, algorithm: address.algorithm, ...body }, key),
    (answer) => {
      stale.samples(address.libId);
      onAdded(answer.sampleId);
    },
  );
  const problem = !tried
    ? undefined
    : text.trim() === ''
      ? texts.required
      : !label && !isImageAddress(text)
        ? texts.addSample.imageInvalid
        : undefined;
  return (
    <WriteForm
      title={texts.addSample.title}
      action="CreateRecognitionSample"
      submitLabel={texts.addSample.submit}
      busyLabel={texts.addSample.busy}
      pending={write.pending}
      error={write.error}
      onClose={onClose}
      onSubmit={() => {
        setTried(true);
        if (text.trim() === '') return;
        if (label) {
          if (!overLimit(text, 'labelPromptBytes')) void write.submit({ labelPrompt: text });
        } else if (isImageAddress(text) && !overLimit(text, 'imageUrlBytes')) {
          void write.submit({ imageUrl: text });
        }
      }}
    >
      {label && <p className="hint">{texts.addSample.promptHint}</p>}
      <ByteField
        label={label ? texts.addSample.prompt : texts.addSample.imageUrl}
        value={text}
        onChange={setText}
        maxBytes={label ? WRITE_LIMITS.labelPromptBytes : WRITE_LIMITS.imageUrlBytes}
        problem={problem}
        multiline={label}
        autoFocus
      />
      {!label && isImageAddress(text) && (
        <figure className="write-preview">
          <SampleImage key={text} url={text} alt={texts.addSample.preview} size="thumb" />
        </figure>
      )}
    </WriteForm>
  );
}
