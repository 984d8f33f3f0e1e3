import { fallbackWidth, filmImageAddress, filmImageSrcSet, heightAt } from "@/lib/images";
import type { FilmImage } from "@/lib/types";

/**
 * A film's poster or still: <picture> with AVIF, then WebP, in every stored size (srcset and
 * `sizes`), width and height (no layout shift), the image's alt text. Lazy unless told
 * otherwise: pass loading="eager" only where it is the page's first sight (the film page).
 * `sizes` says how wide it is shown ("(min-width: 768px) 20rem, 100vw"); a thumbnail in a list
 * passes its small width ("6rem") so the browser fetches the 320 size.
 */
export function FilmPicture({
  image,
  sizes,
  loading = "lazy",
  className = "",
}: {
  image: FilmImage;
  sizes: string;
  loading?: "lazy" | "eager";
  className?: string;
}) {
  const width = fallbackWidth(image.width);
  return (
    <picture>
      <source type="image/avif" srcSet={filmImageSrcSet(image, "avif")} sizes={sizes} />
      <source type="image/webp" srcSet={filmImageSrcSet(image, "webp")} sizes={sizes} />
      <img
        src={filmImageAddress(image.key, width, "webp")}
        width={width}
        height={heightAt(image, width)}
        alt={image.alt}
        loading={loading}
        decoding="async"
        className={`h-auto max-w-full ${className}`}
        data-film-image={image.key}
      />
    </picture>
  );
}
