import type { CSSProperties, ReactElement } from "react";
import type { SluiceOptions } from "./index.js";

export interface SluiceImporterProps extends Omit<SluiceOptions, "container"> {
  /** Opens the widget while true (default true); closing it calls onClose. */
  open?: boolean;
  /** Renders the widget in this component's own box instead of a modal dialog. */
  inline?: boolean;
  className?: string;
  style?: CSSProperties;
}

export declare function SluiceImporter(props: SluiceImporterProps): ReactElement | null;
export default SluiceImporter;
