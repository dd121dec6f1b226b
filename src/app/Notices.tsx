// Visible notices (ignored link parts, copy results), each dismissible.
import { useNoticeStore } from '../store/notice-store';

export function Notices() {
  const notices = useNoticeStore((s) => s.notices);
  const dismiss = useNoticeStore((s) => s.dismiss);
  if (notices.length === 0) return null;
  return (
    <div className="dl-notices" role="status">
      {notices.map((n) => (
        <p key={n.id} className={`dl-notice dl-notice-${n.tone}`}>
          <span>{n.message}</span>
          <button type="button" className="dl-icon-button" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
