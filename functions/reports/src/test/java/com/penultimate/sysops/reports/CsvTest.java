package com.penultimate.sysops.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void fields_withCommasQuotesOrLineBreaks_areQuotedWithQuotesDoubled_andRecordsEndInCrlf() {
        String csv = new Csv().row("plain", "a,b", "say \"hi\"", "two\nlines", 42, null).toString();

        assertThat(csv).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",42,\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormula_isDefused_butNegativeNumbersAreNot() {
        assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.field("@cmd")).isEqualTo("'@cmd");
        assertThat(Csv.field(-3)).isEqualTo("-3");
    }
}
