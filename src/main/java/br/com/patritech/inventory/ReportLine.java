package br.com.patritech.inventory;

import java.math.BigDecimal;

/** One asset in the report's lists: where it should be, where it was read (null while missing), its value. */
public record ReportLine(ReadResult result, String tombo, String name, String unitCode, String roomName,
                         String readInUnitCode, String readInRoomName, BigDecimal value) {
}
