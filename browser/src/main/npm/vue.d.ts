import type { DefineComponent } from "vue";
import type { CompleteResult, SluiceOptions } from "./index.js";

export interface SluiceImporterProps
  extends Omit<SluiceOptions, "container" | "onClose" | "onComplete"> {
  /** Opens the widget while true (default true); closing it emits close. */
  open?: boolean;
  /** Renders the widget in this component's own box instead of a modal dialog. */
  inline?: boolean;
}

export declare const SluiceImporter: DefineComponent<SluiceImporterProps, {}, {}, {}, {}, {}, {},
  { close: () => void; complete: (result: CompleteResult) => void }>;
export default SluiceImporter;
