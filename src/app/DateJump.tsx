// "Go to a date": 2024-03, March 2024 or 2024-06-19 centres the timeline there.
import { useState } from 'react';
import { parseDateInput } from '../corpus/dates';
import { useNoticeStore } from '../store/notice-store';
import { windowForDate } from '../store/url-state';
import { useViewStore } from '../store/view-store';

export function DateJump() {
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      className="dl-date-jump"
      onSubmit={(e) => {
        e.preventDefault();
        const date = parseDateInput(value);
        setInvalid(!date);
        if (!date) {
          useNoticeStore.getState().notify(`"${value}" is not a date: try 2024-03, March 2024 or 2024-06-19.`);
          return;
        }
        useViewStore.getState().setWindow(windowForDate(date));
      }}
    >
      <input
        id="dl-date-jump"
        className="dl-input"
        placeholder="Go to date"
        aria-label="Go to date"
        aria-invalid={invalid || undefined}
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
    </form>
  );
}
