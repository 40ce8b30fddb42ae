/**
 * A firm's branding, read from its own Word or PowerPoint file (readReference.ts) and applied by the
 * writers. Everything is optional: without a reference the documents use the toolkit's own look.
 */
export interface BrandImage {
  data: Uint8Array;
  type: 'png' | 'jpg' | 'gif' | 'bmp';
  /** Size as placed in the reference, in EMU (914,400 per inch). */
  widthEmu: number;
  heightEmu: number;
  /** Position on the slide (PowerPoint masters), in EMU. */
  xEmu?: number;
  yEmu?: number;
}

export interface Brand {
  headingFont?: string;
  bodyFont?: string;
  /** Hex RGB without '#': the accent (headings, table headers, bars) and the dark text colour. */
  accent?: string;
  accent2?: string;
  dark?: string;
  docx?: {
    /** The reference's styles.xml, with the styles our report needs added where it lacks them. */
    stylesXml: string;
    /** The reference's theme part, put in place of the library's (styles refer to theme fonts and colours). */
    themeXml?: Uint8Array;
    /** Style ids of the built-in styles in the reference's language ("Heading1", or "Titre1" in a French Word). */
    styleIds: { title: string; heading1: string; heading2: string; heading3: string };
    /** The reference's default header and footer parts whole (logo, text, fields), when they can travel (carriedPart). */
    headerPart?: CarriedPart;
    footerPart?: CarriedPart;
    /** Otherwise, their pictures and text, rebuilt in the report's own header and footer. */
    headerImages: BrandImage[];
    headerText?: string;
    footerImages: BrandImage[];
    footerText?: string;
  };
  pptx?: {
    logo?: BrandImage;
  };
}

/** A header or footer part of the reference, with the pictures its relationships name. */
export interface CarriedPart {
  xml: string;
  relationships: { id: string; type: string; data: Uint8Array; extension: string }[];
  /** The part already shows a page number (a PAGE field): the report adds none of its own. */
  hasPageNumber: boolean;
}

export const DEFAULT_ACCENT = '2A7AB0';
export const DEFAULT_DARK = '1D3B53';
