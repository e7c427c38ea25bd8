/** A row of mutually exclusive choices (radio buttons styled as one segmented control). */
export function Segmented<T extends string>(props: {
  label: string;
  name: string;
  value: T;
  options: readonly (readonly [value: T, label: string])[];
  onChange: (value: T) => void;
}) {
  return (
    <div className="segmented" role="radiogroup" aria-label={props.label}>
      {props.options.map(([value, label]) => (
        <label key={value} className={props.value === value ? 'is-on' : ''}>
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          {label}
        </label>
      ))}
    </div>
  );
}
