/**
 * The toolbar's controls, built as toolkit elements (vscode-dropdown, vscode-option, vscode-button)
 * that webview/toolkit.ts defines from its own deferred script. Until then they are plain unknown
 * elements: only attributes and text are set on them, and the dropdown's `value` property (which,
 * set before the upgrade, would shadow the component's own) waits for the definition.
 */

export interface Choice { value: string; label: string }

export interface Dropdown {
  element: HTMLElement;
  setLabel(label: string): void;
  setChoices(choices: Choice[], selected: string): void;
}

/** A labelled dropdown; `onChange` receives the chosen value. Labels are set as text only. */
export function dropdown(id: string, onChange: (value: string) => void): Dropdown {
  const wrapper = document.createElement('label');
  wrapper.className = 'field';
  wrapper.htmlFor = id;
  const caption = document.createElement('span');
  const select = document.createElement('vscode-dropdown') as HTMLElement & { value: string; open: boolean };
  select.id = id;
  select.addEventListener('change', () => {
    // The toolkit's dropdown stays open when its options change under it: a pick always closes it.
    select.open = false;
    onChange(select.value);
  });
  wrapper.append(caption, select);
  let shown = '';
  let wanted = '';
  const defined = (): boolean => customElements.get('vscode-dropdown') !== undefined;
  const applyValue = (): void => {
    if (defined() && select.value !== wanted) select.value = wanted;
  };
  if (!defined()) void customElements.whenDefined('vscode-dropdown').then(() => queueMicrotask(applyValue));
  return {
    element: wrapper,
    setLabel(label) {
      caption.textContent = label;
      select.setAttribute('aria-label', label);
    },
    setChoices(choices, selected) {
      // Options are rebuilt only when the list changes; the selection is always set, so the
      // dropdown never shows one journey while the map draws another.
      wanted = selected;
      const signature = JSON.stringify(choices);
      if (signature === shown) {
        // The `selected` attributes follow too: a dropdown upgraded later starts from them.
        for (const option of Array.from(select.children)) option.toggleAttribute('selected', option.getAttribute('value') === selected);
        applyValue();
        return;
      }
      shown = signature;
      select.replaceChildren(...choices.map((choice) => {
        const option = document.createElement('vscode-option');
        option.setAttribute('value', choice.value);
        option.textContent = choice.label;
        if (choice.value === selected) option.setAttribute('selected', '');
        return option;
      }));
      applyValue();
    },
  };
}

/** A toolkit button with a text label and an accessible name. */
export function button(onClick: () => void): { element: HTMLElement; setLabel(text: string, title: string): void } {
  const element = document.createElement('vscode-button');
  element.setAttribute('appearance', 'secondary');
  element.addEventListener('click', onClick);
  return {
    element,
    setLabel(text, title) {
      element.textContent = text;
      element.title = title;
      element.setAttribute('aria-label', title);
    },
  };
}
