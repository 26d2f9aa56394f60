/**
 * A sample's picture at a fixed size, loaded lazily, never sending our page's address to the image's host; a clear
 * placeholder when there is no usable address or the image fails to load.
 */
import { useState } from 'react';
import { useContentsTexts } from '../contents/use-contents-texts';
import { safeImageUrl } from './image-url';

interface Props {
  url: string;
  alt: string;
  /** A thumbnail in the grid, or the picture at full size in the dialog. */
  size: 'thumb' | 'full';
}

export function SampleImage({ url, alt, size }: Props) {
  const texts = useContentsTexts();
  const [failed, setFailed] = useState(false);
  const src = safeImageUrl(url);
  if (src === undefined || failed) {
    return (
      <span className={`image-placeholder ${size}`}>
        <span aria-hidden="true">⚠</span> {src === undefined ? texts.samples.noImage : texts.samples.broken}
      </span>
    );
  }
  return (
    <img
      className={size}
      src={src}
      alt={alt}
      loading={size === 'thumb' ? 'lazy' : 'eager'}
      decoding="async"
      referrerPolicy="no-referrer"
      {...(size === 'thumb' ? { width: 160, height: 120 } : {})}
      onError={() => setFailed(true)}
    />
  );
}
