import { Link } from 'react-router';

/** Five geese in a V: the "open formation" the platform is named after. */
export function GooseMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="12" fill="#b3202a" />
      <g fill="#fff">
        <path d="M32 14l5 4-5 1-5-1z" />
        <path d="M21 26l4 3-4 1-4-1z" />
        <path d="M43 26l4 3-4 1-4-1z" />
        <path d="M11 38l4 3-4 1-4-1z" />
        <path d="M53 38l4 3-4 1-4-1z" />
      </g>
    </svg>
  );
}

export function Brand({ to = '/' }: { to?: string }) {
  return (
    <Link to={to} className="yz-brand">
      <GooseMark />
      <span className="yz-brand__name">
        雁阵 <span className="yz-brand__latin">Yanzhen</span>
      </span>
    </Link>
  );
}
