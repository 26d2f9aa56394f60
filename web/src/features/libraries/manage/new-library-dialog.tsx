/** "New library": a name and an optional description, counted in bytes; on success, the new library's page. */
import { REGION_NAMES } from '@ice-console/shared/regions';
import { WRITE_LIMITS } from '@ice-console/shared/write-limits';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { useI18n } from '../../../lib/i18n/i18n';
import { libraryPath } from '../paths';
import { ByteField } from './byte-field';
import { useManageTexts } from './use-manage-texts';
import { useWriteAction } from './use-write-action';
import { createLibrary, useStaleAfterWrites, type Where } from './write-api';
import { overLimit } from './write-checks';
import { WriteForm } from './write-form';

export function NewLibraryDialog({ where, onClose }: { where: Where; onClose: () => void }) {
  const { t, language } = useI18n();
  const texts = useManageTexts();
  const [, navigate] = useLocation();
  const stale = useStaleAfterWrites();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [tried, setTried] = useState(false);
  const write = useWriteAction(createLibrary, (answer) => {
    stale.libraries();
    navigate(libraryPath(answer.libId, where));
  });
  const nameProblem = tried && name.trim() === '' ? texts.required : undefined;
  return (
    <WriteForm
      title={texts.newLibrary.title}
      action="CreateRecognitionLib"
      submitLabel={texts.newLibrary.submit}
      busyLabel={texts.newLibrary.busy}
      pending={write.pending}
      error={write.error}
      onClose={onClose}
      onSubmit={() => {
        setTried(true);
        if (
          name.trim() === '' ||
          overLimit(name, 'libNameBytes') ||
          overLimit(description, 'libDescriptionBytes')
        )
          return;
        void write.submit({
          ...where,
          libName: name,
          ...(description === '' ? {} : { libDescription: description }),
        });
      }}
    >
      <p className="hint">
        {texts.where(REGION_NAMES[where.region][language], t.algorithms[where.algorithm])} {texts.bytesHint}
      </p>
      <ByteField
        label={texts.newLibrary.name}
        value={name}
        onChange={setName}
        maxBytes={WRITE_LIMITS.libNameBytes}
        problem={nameProblem}
        autoFocus
      />
      <ByteField
        label={texts.newLibrary.description}
        value={description}
        onChange={setDescription}
        maxBytes={WRITE_LIMITS.libDescriptionBytes}
        multiline
      />
    </WriteForm>
  );
}
