/** "Add entity": a name and EntityInfo, a small JSON editor checked as the user types and again before sending. */
import { WRITE_LIMITS } from '@ice-console/shared/write-limits';
import { useState } from 'react';
import { ByteField } from './byte-field';
import { useManageTexts } from './use-manage-texts';
import { useWriteAction } from './use-write-action';
import { createEntity, useStaleAfterWrites, type Where } from './write-api';
import { jsonProblem, overLimit } from './write-checks';
import { WriteForm } from './write-form';

interface Props {
  where: Where & { libId: string };
  onAdded: (entity: { entityId: string; entityName: string }) => void;
  onClose: () => void;
}

export function AddEntityDialog({ where, onAdded, onClose }: Props) {
  const texts = useManageTexts();
  const stale = useStaleAfterWrites();
  const [name, setName] = useState('');
  const [info, setInfo] = useState('');
  const [tried, setTried] = useState(false);
  const { libId, region, algorithm } = where;
  const write = useWriteAction(
    (
      body: {
        region: Where['region'];
        algorithm: Where['algorithm'];
        entityName: string;
        entityInfo?: string;
      },
      key: string,
    ) => createEntity(libId, body, key),
    (answer, body) => {
      stale.entities(libId);
      onAdded({ entityId: answer.entityId, entityName: body.entityName });
    },
  );
  const badJson = jsonProblem(info);
  return (
    <WriteForm
      title={texts.addEntity.title}
      action="CreateRecognitionEntity"
      submitLabel={texts.addEntity.submit}
      busyLabel={texts.addEntity.busy}
      pending={write.pending}
      error={write.error}
      onClose={onClose}
      onSubmit={() => {
        setTried(true);
        if (name.trim() === '' || badJson !== undefined) return;
        if (overLimit(name, 'entityNameBytes') || overLimit(info, 'entityInfoBytes')) return;
        void write.submit({
          region,
          algorithm,
          entityName: name,
          ...(info.trim() === '' ? {} : { entityInfo: info }),
        });
      }}
    >
      <p className="hint">{texts.bytesHint}</p>
      <ByteField
        label={texts.addEntity.name}
        value={name}
        onChange={setName}
        maxBytes={WRITE_LIMITS.entityNameBytes}
        problem={tried && name.trim() === '' ? texts.required : undefined}
        autoFocus
      />
      <ByteField
        label={texts.addEntity.info}
        value={info}
        onChange={setInfo}
        maxBytes={WRITE_LIMITS.entityInfoBytes}
        multiline
        problem={badJson === undefined ? undefined : texts.addEntity.infoInvalid(badJson)}
        note={info.trim() === '' ? texts.addEntity.infoHint : texts.addEntity.infoValid}
      />
    </WriteForm>
  );
}
