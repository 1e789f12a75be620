import { useEffect, useId, useRef, useState } from 'react';
import { afterFirstScreen } from '../../state/first-screen';
import { pressed, useShortcut } from '../../state/shortcuts';
import { useSearchQuery } from '../../state/url-state';
import { deferredModule } from '../../ui/deferred-module';

/** What the stand-in hands the search box when it takes over: the text, the focus, an Enter. */
export interface SearchStart {
  text: string;
  focused: boolean;
  enter: boolean;
}

/**
 * The input's fixed attributes, the same on the stand-in and the real box (search-box.tsx), so
 * the one that takes the other's place looks and announces the same.
 */
export const SEARCH_INPUT = {
  className: 'search-input',
  type: 'search',
  'aria-autocomplete': 'list',
  placeholder: 'Search: name, class path, setting, chart key  ( / )',
  autoComplete: 'off',
  spellCheck: false,
} as const;

/** The search box's code (search-box.tsx): not needed to draw the map, so a chunk of its own. */
const searchBox = deferredModule(() => import('./search-box'));

/**
 * The header's search. Until its code is here (at idle once the map is framed, or as soon as
 * someone focuses the box, presses `/` or a link carries `?q=`), an input that looks the same
 * stands in: what is typed into it, its focus and an Enter pressed carry over to the real box.
 */
export function SearchEntry() {
  const { query } = useSearchQuery();
  const [wanted, setWanted] = useState(query !== '');
  const [start, setStart] = useState<SearchStart | undefined>(undefined);
  const loaded = searchBox.useModule(wanted);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => afterFirstScreen(() => setWanted(true)), []);
  useShortcut(
    'search',
    (event) => {
      event.preventDefault();
      setWanted(true);
      inputRef.current?.focus();
    },
    !loaded,
  );
  if (loaded) return <loaded.SearchBox start={start} />;
  const update = (change: Partial<SearchStart>) =>
    setStart((s) => ({ text: s?.text ?? query, focused: true, enter: false, ...s, ...change }));
  return (
    // data-stand-in: tests that measure the header wait until the real box has taken over.
    <div className="search" role="search" data-stand-in="">
      <label className="visually-hidden" htmlFor={`${id}-input`}>
        Search the atlas
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        {...SEARCH_INPUT}
        // The same widget as the real box, to assistive technology too (its list not yet open).
        role="combobox"
        aria-expanded={false}
        aria-controls={`${id}-list`}
        value={start?.text ?? query}
        onChange={(event) => update({ text: event.target.value })}
        onFocus={() => {
          setWanted(true);
          update({ focused: true });
        }}
        onBlur={() => update({ focused: false })}
        onKeyDown={(event) => {
          if (pressed(event, 'search-pick')) {
            event.preventDefault();
            update({ enter: true });
          }
        }}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Search results" hidden />
    </div>
  );
}
