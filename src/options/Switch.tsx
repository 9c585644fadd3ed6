// A labelled checkbox with an optional line of help, wired to one boolean.
import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  checked: boolean;
  disabled?: boolean;
  help?: string;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
}

export function Switch({ id, checked, disabled, help, onChange, children }: Props) {
  return (
    <div class={`switch${disabled ? ' disabled' : ''}`}>
      <input
        type="checkbox"
        id={id}
        checked={checked}
        disabled={disabled}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{children}</label>
      {help && (
        <p class="help" id={`${id}-help`}>
          {help}
        </p>
      )}
    </div>
  );
}
