import type { HighlightSegment } from '../api/types';

/**
 * Search hits as the server marks them: plain text segments, hits wrapped in <mark>. Never HTML
 * from the server: each segment is rendered as text, so a record holding markup shows it literally.
 */
export function Highlighted({ segments, fallback }: { segments: HighlightSegment[] | null | undefined; fallback?: string | null }) {
  if (!segments || segments.length === 0) return <>{fallback ?? ''}</>;
  return (
    <>
      {segments.map((segment, index) =>
        segment.hit ? (
          <mark key={index} className="yz-hit">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
