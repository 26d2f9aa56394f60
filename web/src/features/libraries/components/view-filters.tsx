/** Region (a select, names in the user's language) and algorithm (always-visible radio buttons). */
import { ALGORITHMS, type Algorithm } from '@ice-console/shared/algorithms';
import { REGION_IDS, REGION_NAMES, type Region } from '@ice-console/shared/regions';
import { useId } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';

interface Props {
  region: Region;
  algorithm: Algorithm;
  onRegionChange: (region: Region) => void;
  onAlgorithmChange: (algorithm: Algorithm) => void;
}

export function ViewFilters({ region, algorithm, onRegionChange, onAlgorithmChange }: Props) {
  const { t, language } = useI18n();
  const regionId = useId();
  const name = useId();
  return (
    <div className="filters">
      <div className="field">
        <label htmlFor={regionId}>{t.region}</label>
        <select
          id={regionId}
          value={region}
          onChange={(event) => {
            const next = REGION_IDS.find((id) => id === event.target.value);
            if (next) onRegionChange(next);
          }}
        >
          {REGION_IDS.map((id) => (
            <option key={id} value={id}>
              {REGION_NAMES[id][language]} · {id}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="segmented">
        <legend>{t.algorithm}</legend>
        {ALGORITHMS.map((id) => (
          <label key={id}>
            <input
              type="radio"
              name={name}
              value={id}
              checked={algorithm === id}
              onChange={() => onAlgorithmChange(id)}
            />
            <span>{t.algorithms[id]}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
