interface TabsProps<T extends string> {
  testId: string;
  label: string;
  value: T;
  tabs: { id: T; label: string; count?: number }[];
  onChange: (id: T) => void;
}

/** A row of tabs; each tab is a button with data-testid `${testId}-${id}`. */
export function Tabs<T extends string>({ testId, label, value, tabs, onChange }: TabsProps<T>) {
  return (
    <div className="tabs" role="tablist" aria-label={label} data-testid={testId}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          aria-selected={tab.id === value}
          className={tab.id === value ? 'tab active' : 'tab'}
          data-testid={`${testId}-${tab.id}`}
          onClick={() => onChange(tab.id)}
        >
          {tab.label}
          {tab.count !== undefined ? <span className="tab-count">{tab.count}</span> : null}
        </button>
      ))}
    </div>
  );
}
