import type { ReactNode } from "react";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";

export type CountRow = { key: string; label: ReactNode; count: number; testId?: string };

/** A two-column table of named counts (a funnel, a round's figures): label, then number. */
export function CountTable(props: {
  caption: ReactNode;
  labelHeading: ReactNode;
  countHeading: ReactNode;
  rows: CountRow[];
}) {
  return (
    <Table caption={props.caption}>
      <THead>
        <Tr>
          <Th scope="col">{props.labelHeading}</Th>
          <Th scope="col" numeric>
            {props.countHeading}
          </Th>
        </Tr>
      </THead>
      <TBody>
        {props.rows.map((row) => (
          <Tr key={row.key}>
            <Th scope="row">{row.label}</Th>
            <Td numeric data-testid={row.testId}>
              {row.count}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
