export interface Layer {
  name: string;
  folder: string;
  everything: boolean;
  imports: string[];
  packages: string[];
}
export function readLayerTable(markdown?: string): Layer[];
export function layerRules(layers?: Layer[]): object[];
