/**
 * The only module that touches @vscode/webview-ui-toolkit (deprecated upstream, the client's
 * choice): it registers just the components the map uses and builds them, so replacing the toolkit
 * (e.g. by @vscode-elements/elements) changes this file alone.
 */
import { provideVSCodeDesignSystem } from '@vscode/webview-ui-toolkit/dist/vscode-design-system';
import { vsCodeButton } from '@vscode/webview-ui-toolkit/dist/button/index';
import { vsCodeDropdown } from '@vscode/webview-ui-toolkit/dist/dropdown/index';
import { vsCodeOption } from '@vscode/webview-ui-toolkit/dist/option/index';

provideVSCodeDesignSystem().register(vsCodeDropdown(), vsCodeOption(), vsCodeButton());

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
  return {
    element: wrapper,
    setLabel(label) {
      caption.textContent = label;
      select.setAttribute('aria-label', label);
    },
    setChoices(choices, selected) {
      // Options are rebuilt only when the list changes; the selection is always set, so the
      // dropdown never shows one journey while the map draws another.
      const signature = JSON.stringify(choices);
      if (signature === shown) {
        if (select.value !== selected) select.value = selected;
        return;
      }
      shown = signature;
      select.replaceChildren(...choices.map((choice) => {
        const option = document.createElement('vscode-option') as HTMLElement & { value: string };
        option.value = choice.value;
        option.textContent = choice.label;
        if (choice.value === selected) option.setAttribute('selected', '');
        return option;
      }));
      select.value = selected;
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
