/** The byline in the article editor: one row per person (name + role), add and remove. */
import type { Person, PersonRole } from '../src/core/model';
import { t } from './i18n';

export const PERSON_ROLES: readonly PersonRole[] = ['reporter', 'correspondent', 'photographer', 'editor', 'author'];

interface Props {
  people: Person[];
  idPrefix: string;
  onChange: (people: Person[]) => void;
}

export function PeopleEditor({ people, idPrefix, onChange }: Props) {
  const update = (index: number, person: Person) => onChange(people.map((p, i) => (i === index ? person : p)));
  return (
    <fieldset class="people-editor">
      <legend>{t('fieldAuthors')}</legend>
      {people.length === 0 && <p class="muted">{t('articleNoPeople')}</p>}
      {people.map((person, index) => (
        <div class="person-row" key={index} data-person={index}>
          <input
            type="text"
            id={`${idPrefix}-name-${index}`}
            aria-label={t('personName', String(index + 1))}
            value={person.name}
            maxLength={200}
            onInput={(e) => update(index, { ...person, name: (e.target as HTMLInputElement).value })}
          />
          <select
            aria-label={t('personRole', String(index + 1))}
            value={person.role}
            onChange={(e) => update(index, { ...person, role: (e.target as HTMLSelectElement).value as PersonRole })}
          >
            {PERSON_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role_${role}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            class="icon"
            data-action="remove-person"
            aria-label={t('personRemove', person.name || String(index + 1))}
            onClick={() => onChange(people.filter((_, i) => i !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        data-action="add-person"
        disabled={people.length >= 100}
        onClick={() => {
          onChange([...people, { name: '', role: 'reporter' }]);
          // The new row's name field takes the focus, where the reader types next.
          requestAnimationFrame(() => document.getElementById(`${idPrefix}-name-${people.length}`)?.focus());
        }}
      >
        {t('personAdd')}
      </button>
    </fieldset>
  );
}
