using System.Text.Json;
using PciBot.BotFramework.Cards;
using PciBot.BotFramework.Schema;
using PciBot.BotFramework.Tests.TestSupport;

namespace PciBot.BotFramework.Tests.Cards;

public sealed class AdaptiveCardJsonTests
{
    [Fact]
    public void AnEmptyCardDeclaresTypeSchemaAndVersion15()
        => JsonAssert.Equivalent(
            """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[]}""",
            JsonAssert.Serialize(new AdaptiveCard()));

    [Fact]
    public void EveryElementIsWrittenWithItsTypeAndTheSchemaSpellingOfItsValues()
    {
        var card = new AdaptiveCard
        {
            Lang = "vi",
            FallbackText = "Nhiệm vụ T-42",
            Body =
            [
                new TextBlock("Nhiệm vụ **T-42**")
                {
                    Id = "title", Wrap = true, Weight = TextWeight.Bolder, Size = TextSize.ExtraLarge, Color = TextColor.Attention,
                    IsSubtle = false, MaxLines = 2, Spacing = Spacing.None, Separator = true, Style = TextBlockStyle.Heading,
                },
                new RichTextBlock { Inlines = [new TextRun("Hạn: ") { Weight = TextWeight.Bolder }, new TextRun("31/12") { Italic = true, Color = TextColor.Warning }] },
                new FactSet { Facts = [new Fact("Kỳ", "2024-Q4"), new Fact("Đơn vị", "Phòng Kế hoạch")] },
                new Container
                {
                    Id = "details", IsVisible = false, Style = ContainerStyle.Emphasis,
                    Items = [new Image { Url = new Uri("https://example.org/a.png"), AltText = "logo", Size = ImageSize.Small, Style = ImageStyle.Person }],
                },
                new ColumnSet
                {
                    Columns =
                    [
                        new Column { Width = ColumnWidth.Auto, Items = [new TextBlock("A")] },
                        new Column { Width = ColumnWidth.Weight(2), VerticalContentAlignment = VerticalContentAlignment.Center, Items = [new TextBlock("B")] },
                        new Column { Width = ColumnWidth.Pixels(50), Items = [] },
                        new Column { Width = ColumnWidth.Stretch, Items = [] },
                    ],
                },
                new InputText { Id = "comment", Label = "Ghi chú", Placeholder = "…", MaxLength = 500, IsMultiline = true, IsRequired = true, ErrorMessage = "Bắt buộc" },
                new InputNumber { Id = "percent", Label = "Tiến độ", Min = 0, Max = 100, Value = 50 },
                new InputChoiceSet
                {
                    Id = "status", Label = "Trạng thái", Style = ChoiceInputStyle.Expanded, Value = "done", IsMultiSelect = false,
                    Choices = [new Choice("Xong", "done"), new Choice("Chưa", "open")],
                },
                new InputToggle("Nhắc lại") { Id = "remind", Value = "true" },
                new InputDate { Id = "due", Label = "Hạn mới", Min = new DateOnly(2024, 1, 1), Max = new DateOnly(2024, 12, 31), Value = new DateOnly(2024, 12, 31) },
                new ActionSet { Actions = [new ActionToggleVisibility { Title = "Chi tiết", TargetElements = ["details"] }] },
            ],
            Actions =
            [
                new ActionExecute
                {
                    Title = "Xác nhận", Verb = "confirmTask", Data = new { taskId = "T-42" }, Style = ActionStyle.Positive,
                    AssociatedInputs = AssociatedInputs.Auto,
                    Fallback = new ActionSubmit { Title = "Xác nhận", Data = new { verb = "confirmTask", taskId = "T-42" } },
                },
                new ActionShowCard { Title = "Thêm", Card = new AdaptiveCard { Schema = null, Body = [new TextBlock("Nested")] } },
                new ActionOpenUrl { Title = "Mở", Url = new Uri("https://example.org/tasks/T-42") },
            ],
        };

        JsonAssert.Equivalent(
            """
            {
              "type": "AdaptiveCard",
              "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
              "version": "1.5",
              "lang": "vi",
              "fallbackText": "Nhiệm vụ T-42",
              "body": [
                { "type": "TextBlock", "id": "title", "text": "Nhiệm vụ **T-42**", "wrap": true, "weight": "bolder", "size": "extraLarge",
                  "color": "attention", "isSubtle": false, "maxLines": 2, "spacing": "none", "separator": true, "style": "heading" },
                { "type": "RichTextBlock", "inlines": [
                  { "type": "TextRun", "text": "Hạn: ", "weight": "bolder" },
                  { "type": "TextRun", "text": "31/12", "italic": true, "color": "warning" } ] },
                { "type": "FactSet", "facts": [ { "title": "Kỳ", "value": "2024-Q4" }, { "title": "Đơn vị", "value": "Phòng Kế hoạch" } ] },
                { "type": "Container", "id": "details", "isVisible": false, "style": "emphasis", "items": [
                  { "type": "Image", "url": "https://example.org/a.png", "altText": "logo", "size": "small", "style": "person" } ] },
                { "type": "ColumnSet", "columns": [
                  { "type": "Column", "width": "auto", "items": [ { "type": "TextBlock", "text": "A" } ] },
                  { "type": "Column", "width": 2, "verticalContentAlignment": "center", "items": [ { "type": "TextBlock", "text": "B" } ] },
                  { "type": "Column", "width": "50px", "items": [] },
                  { "type": "Column", "width": "stretch", "items": [] } ] },
                { "type": "Input.Text", "id": "comment", "label": "Ghi chú", "placeholder": "…", "maxLength": 500, "isMultiline": true,
                  "isRequired": true, "errorMessage": "Bắt buộc" },
                { "type": "Input.Number", "id": "percent", "label": "Tiến độ", "min": 0, "max": 100, "value": 50 },
                { "type": "Input.ChoiceSet", "id": "status", "label": "Trạng thái", "style": "expanded", "value": "done", "isMultiSelect": false,
                  "choices": [ { "title": "Xong", "value": "done" }, { "title": "Chưa", "value": "open" } ] },
                { "type": "Input.Toggle", "id": "remind", "title": "Nhắc lại", "value": "true" },
                { "type": "Input.Date", "id": "due", "label": "Hạn mới", "min": "2024-01-01", "max": "2024-12-31", "value": "2024-12-31" },
                { "type": "ActionSet", "actions": [ { "type": "Action.ToggleVisibility", "title": "Chi tiết", "targetElements": [ "details" ] } ] }
              ],
              "actions": [
                { "type": "Action.Execute", "title": "Xác nhận", "verb": "confirmTask", "data": { "taskId": "T-42" }, "style": "positive",
                  "associatedInputs": "auto",
                  "fallback": { "type": "Action.Submit", "title": "Xác nhận", "data": { "verb": "confirmTask", "taskId": "T-42" } } },
                { "type": "Action.ShowCard", "title": "Thêm", "card": { "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock", "text": "Nested" } ] } },
                { "type": "Action.OpenUrl", "title": "Mở", "url": "https://example.org/tasks/T-42" }
              ]
            }
            """,
            JsonAssert.Serialize(card));
    }

    [Fact]
    public void TheTypeDiscriminatorIsTheFirstMemberOfAnElement()
    {
        var json = JsonSerializer.Serialize(new AdaptiveCard { Body = [new TextBlock("x") { Id = "a" }] }, BotJson.Options);

        Assert.Contains("""{"type":"TextBlock",""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void RefreshCarriesAnExecuteActionAndTheUsersToRefreshFor()
    {
        var card = new AdaptiveCard
        {
            Refresh = new CardRefresh { Action = new ActionExecute { Verb = "refreshTask", Data = new { taskId = "T-42" } }, UserIds = ["29:user-a", "29:user-b"] },
        };

        var json = JsonAssert.Serialize(card);

        JsonAssert.Equivalent(
            """{"action":{"type":"Action.Execute","verb":"refreshTask","data":{"taskId":"T-42"}},"userIds":["29:user-a","29:user-b"]}""",
            json["refresh"]);
    }

    [Fact]
    public void TeamsPropertiesCarryFullWidthAndMentionEntities()
    {
        var card = new AdaptiveCard
        {
            Body = [new TextBlock("<at>Trần Thị Bình</at> cần cập nhật")],
            Msteams = new TeamsCardProperties
            {
                Width = TeamsCardProperties.FullWidth,
                Entities = [Mention.Of(new ChannelAccount { Id = "29:binh", Name = "Trần Thị Bình" })],
            },
        };

        var json = JsonAssert.Serialize(card);

        JsonAssert.Equivalent(
            """{"width":"Full","entities":[{"type":"mention","text":"<at>Trần Thị Bình</at>","mentioned":{"id":"29:binh","name":"Trần Thị Bình"}}]}""",
            json["msteams"]);
    }

    [Fact]
    public void AsAnAttachmentTheCardIsTheContentOfAnAdaptiveCardAttachment()
    {
        var activity = Activity.CreateMessage(attachments: [new AdaptiveCard { Body = [new TextBlock("x")] }.ToAttachment()]);

        var json = JsonAssert.Serialize(activity);

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)json["attachments"]?[0]?["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)json["attachments"]?[0]?["content"]?["type"]);
        Assert.Equal("TextBlock", (string?)json["attachments"]?[0]?["content"]?["body"]?[0]?["type"]);
    }

    [Fact]
    public void ACardReadsBackIntoTheSameTypes()
    {
        var card = new AdaptiveCard
        {
            Body = [new TextBlock("x") { Weight = TextWeight.Bolder }, new InputDate { Id = "d", Value = new DateOnly(2024, 2, 29) }],
            Actions = [new ActionExecute { Verb = "go" }],
            Refresh = new CardRefresh { Action = new ActionExecute { Verb = "refresh" } },
        };

        var read = JsonSerializer.Deserialize<AdaptiveCard>(JsonSerializer.Serialize(card, BotJson.Options), BotJson.Options);

        Assert.NotNull(read);
        Assert.Equal(TextWeight.Bolder, Assert.IsType<TextBlock>(read.Body[0]).Weight);
        Assert.Equal(new DateOnly(2024, 2, 29), Assert.IsType<InputDate>(read.Body[1]).Value);
        Assert.Equal("go", Assert.IsType<ActionExecute>(Assert.Single(read.Actions!)).Verb);
        Assert.Equal("refresh", read.Refresh?.Action?.Verb);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void AColumnWidthMustBePositive(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Weight(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Pixels(value));
    }
}
